-- Each milestone of a petition's confirmed total (web/Milestone) is announced once, in the transaction that counts
-- the confirmation reaching it: a row here means it was announced, so a total that drops below a milestone and
-- crosses it again announces nothing.
CREATE TABLE petition_milestone (
    petition_id uuid   NOT NULL REFERENCES petition (id),
    milestone   bigint NOT NULL,
    PRIMARY KEY (petition_id, milestone)
);

-- Milestones that totals passed before they were announced count as announced: they were reached before, so
-- crossing one again after a withdrawal is not its first time.
INSERT INTO petition_milestone (petition_id, milestone)
SELECT t.petition_id, m.value::bigint
FROM tally_count t
JOIN petition p ON p.id = t.petition_id
CROSS JOIN LATERAL (
    SELECT (CASE WHEN p.goal > 0 THEN p.goal ELSE 1000 END)::numeric * step * power(10::numeric, decade) AS value
    FROM unnest(ARRAY[1, 2, 5]) AS step, generate_series(0, 18) AS decade) m
WHERE t.dimension = 'total' AND t.bucket = 'all' AND m.value <= t.count;
