package org.chorus.petition.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chorus.messaging.Outbox;
import org.chorus.messaging.OutboxRecord;

/**
 * The SQL of storing a batch of new signatures, in the caller's transaction. Plain JDBC: one round trip per
 * statement for the whole batch, where Hibernate would flush entity by entity.
 */
final class SignatureStatements {

    private static final String LOCK_OPEN = """
            SELECT id FROM petition
            WHERE id = ANY (?) AND status = 'OPEN' AND (closes_at IS NULL OR closes_at > ?)
            FOR SHARE""";

    private static final String INSERT_SIGNATURE = """
            INSERT INTO signature (id, petition_id, email_hash, email_domain_hash, email_encrypted, name_encrypted,
                postal_code_encrypted, country, locale, partner, utm_source, utm_medium, utm_campaign,
                consent_processing, consent_updates, consent_partner, consent_name_in_letters,
                consent_name_to_own_government, consent_version, consented_at, status, confirm_token_digest,
                confirm_expires_at, withdraw_token_digest, client_network, created_at, confirmation_sent_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?)
            ON CONFLICT (petition_id, email_hash) DO NOTHING""";

    private SignatureStatements() {
    }

    /**
     * Locks the petitions that are open now against closing until the caller commits: a petition closed before
     * that takes no more signatures, and a close waits for the signatures already being stored.
     */
    static Set<UUID> lockOpen(Connection db, Set<UUID> petitionIds, Instant now) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement(LOCK_OPEN)) {
            lock.setArray(1, db.createArrayOf("uuid", petitionIds.toArray()));
            lock.setObject(2, at(now));
            Set<UUID> open = new HashSet<>();
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    open.add(rows.getObject(1, UUID.class));
                }
            }
            return open;
        }
    }

    /**
     * Stores the signatures, and the submitted event of each one stored, in one batched statement each.
     *
     * @return for each signature, whether it was stored: false where the address had already signed the petition
     *         (also earlier in the same batch).
     */
    static boolean[] insert(Connection db, List<NewSignature> signatures, Outbox outbox) throws SQLException {
        boolean[] stored = new boolean[signatures.size()];
        try (PreparedStatement insert = db.prepareStatement(INSERT_SIGNATURE)) {
            for (NewSignature s : signatures) {
                bind(insert, s);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                stored[i] = counts[i] == 1;
            }
        }
        List<OutboxRecord> submitted = new ArrayList<>(stored.length);
        for (int i = 0; i < stored.length; i++) {
            if (stored[i]) {
                submitted.add(signatures.get(i).submitted());
            }
        }
        outbox.insert(db, submitted);
        return stored;
    }

    private static void bind(PreparedStatement insert, NewSignature s) throws SQLException {
        int i = 0;
        insert.setObject(++i, s.id());
        insert.setObject(++i, s.petitionId());
        insert.setBytes(++i, s.emailHash());
        insert.setBytes(++i, s.emailDomainHash());
        insert.setBytes(++i, s.emailEncrypted());
        insert.setBytes(++i, s.nameEncrypted());
        insert.setBytes(++i, s.postalCodeEncrypted());
        insert.setString(++i, s.country());
        insert.setString(++i, s.locale());
        insert.setString(++i, s.partner());
        insert.setString(++i, s.utmSource());
        insert.setString(++i, s.utmMedium());
        insert.setString(++i, s.utmCampaign());
        insert.setBoolean(++i, s.consents().processing());
        insert.setBoolean(++i, s.consents().updates());
        insert.setBoolean(++i, s.consents().partner());
        insert.setBoolean(++i, s.consents().nameInLetters());
        insert.setBoolean(++i, s.consents().nameToOwnGovernment());
        insert.setString(++i, s.consentVersion());
        insert.setObject(++i, at(s.createdAt()));
        insert.setBytes(++i, s.confirmTokenDigest());
        insert.setObject(++i, at(s.confirmExpiresAt()));
        insert.setBytes(++i, s.withdrawTokenDigest());
        insert.setString(++i, s.clientNetwork());
        insert.setObject(++i, at(s.createdAt()));
        insert.setObject(++i, at(s.createdAt()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
