package org.chorus.petition.abuse;

/** What a client of the API does with a challenge: count up until the hash starts with enough zero bits. */
public final class ProofOfWorkSolver {

    private ProofOfWorkSolver() {
    }

    public static String solve(String challenge, int difficulty) {
        for (long nonce = 0;; nonce++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge + ":" + nonce)) >= difficulty) {
                return Long.toString(nonce);
            }
        }
    }
}
