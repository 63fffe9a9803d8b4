package org.chorus.letter.batch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.letter.pdf.LetterPdfs;
import org.chorus.letter.pdf.PdfConfig;

/**
 * The fingerprint of everything an approver approves: the manifest, and each letter's target, subject, HTML, PDF (the
 * hash of its bytes, not the stored hash) and recipients. Recorded at approval and recomputed at dispatch, so that
 * nothing, whichever way it was changed, goes out unapproved. Each value is length-prefixed, so that no two different
 * batches can run together into the same bytes.
 */
@ApplicationScoped
public class ApprovalDigest {

    private final FrozenRecipients recipients;
    private final LetterPdfs pdfs;
    private final boolean withPdfs;

    public ApprovalDigest(FrozenRecipients recipients, LetterPdfs pdfs, PdfConfig pdfConfig) {
        this.recipients = recipients;
        this.pdfs = pdfs;
        this.withPdfs = pdfConfig.enabled();
    }

    /** @throws PdfPendingException when PDFs are on and a letter has none: nothing complete to approve yet */
    @Transactional(Transactional.TxType.MANDATORY)
    public String of(DeliveryBatch batch) {
        List<Letter> letters = Letter.<Letter> list("batchId", batch.id).stream()
                .sorted(Comparator.comparing((Letter l) -> l.id)).toList();
        Map<UUID, List<FrozenRecipients.Recipient>> to = recipients.of(letters.stream().map(l -> l.id).toList());
        Fields fields = new Fields();
        fields.add(batch.id.toString()).add(Long.toString(batch.total)).add(batch.idsSha256).add(batch.merkleRoot)
                .add(Integer.toString(letters.size()));
        for (Letter letter : letters) {
            fields.add(letter.id.toString()).add(letter.targetId.toString()).add(letter.countryCode)
                    .add(letter.targetName).add(letter.locale).add(letter.subject).add(letter.html).add(pdfHash(letter));
            List<FrozenRecipients.Recipient> own = to.getOrDefault(letter.id, List.of());
            fields.add(Integer.toString(own.size()));
            for (FrozenRecipients.Recipient r : own) {
                fields.add(r.role().name()).add(r.name()).add(r.title()).add(r.salutation()).add(r.email());
            }
        }
        return fields.sha256();
    }

    private String pdfHash(Letter letter) {
        if (!withPdfs) {
            return "";
        }
        return pdfs.of(letter.id).map(pdf -> LetterPdfs.sha256(pdf.bytes())).orElseThrow(() -> new PdfPendingException(
                "The PDF of the letter to " + letter.targetName + " is not printed yet: try again in a few seconds."));
    }

    /** Values fed to SHA-256, each as its length and its UTF-8 bytes (null apart from empty). */
    private static final class Fields {

        private final MessageDigest sha256;

        Fields() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        Fields add(String value) {
            if (value == null) {
                sha256.update(ByteBuffer.allocate(4).putInt(-1).array());
                return this;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha256.update(bytes);
            return this;
        }

        String sha256() {
            return HexFormat.of().formatHex(sha256.digest());
        }
    }
}
