package org.chorus.letter.manifest;

import java.io.PrintStream;

/**
 * Checks a signer's receipt against the root printed in a letter, with nothing but a JDK:
 *
 * <pre>
 * verify-receipt '&lt;receipt&gt;' &lt;root printed in the letter&gt; [&lt;count printed in the letter&gt;]
 * </pre>
 *
 * Prints {@code counted: yes} and exits 0, or {@code counted: NO (reason)} and exits 1; wrong arguments exit 2.
 * Give the count too: the root commits to the size of the batch, but a proof alone does not always pin it.
 */
public final class VerifyReceipt {

    static final int COUNTED = 0;
    static final int NOT_COUNTED = 1;
    static final int USAGE = 2;

    private VerifyReceipt() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args.length > 3) {
            err.println("usage: verify-receipt <receipt> <root printed in the letter> [<count printed in the letter>]");
            err.println("  e.g. verify-receipt 'chorus-receipt:v1:...' 1823fc41...95afdd 1523");
            return USAGE;
        }
        Receipt receipt;
        try {
            receipt = Receipt.parse(args[0]);
        } catch (IllegalArgumentException e) {
            return no(out, "malformed receipt: " + e.getMessage());
        }
        String letterRoot = args[1].strip();
        if (Manifest.parseHash(letterRoot) == null) {
            return no(out, "the root from the letter must be 64 hex digits");
        }
        if (args.length == 3) {
            String letterCount = args[2].strip();
            if (!letterCount.equals(Integer.toString(receipt.treeSize()))) {
                return no(out, "the receipt is for a batch of " + receipt.treeSize()
                        + " signatures, but the letter states another count");
            }
        }
        if (!receipt.root().equalsIgnoreCase(letterRoot)) {
            return no(out, "the receipt is for a different batch: its root is not the root of the letter");
        }
        if (!receipt.verifies(letterRoot)) {
            return no(out, "the proof does not lead from this signature to the root");
        }
        out.println("counted: yes");
        out.println("signature " + receipt.signatureId() + " is one of the " + receipt.treeSize()
                + " signatures of this batch" + (args.length == 3 ? "" : "; check that the letter states "
                        + receipt.treeSize()));
        return COUNTED;
    }

    private static int no(PrintStream out, String reason) {
        out.println("counted: NO (" + reason + ")");
        return NOT_COUNTED;
    }
}
