package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoadResultsTest {

    private static final long S = 1_000_000_000L;

    @Test
    void requestsCountInThePhaseOfTheirIntendedTimeAndThroughputInTheWindowOfTheAnswer() {
        LoadResults results = new LoadResults(0, 10 * S, 20 * S);

        results.scheduled(9 * S, 9 * S);
        results.answered(9 * S, 202, 11 * S);          // warm-up request answered inside the window
        results.scheduled(12 * S, 12 * S);
        results.answered(12 * S, 202, 12 * S + 5_000_000);
        results.scheduled(19 * S, 19 * S);
        results.answered(19 * S, 202, 21 * S);         // answered after the window
        results.scheduled(15 * S, 15 * S);
        results.answered(15 * S, 503, 15 * S + 1_000_000);
        results.scheduled(16 * S, 16 * S);
        results.timedOut(16 * S, 10 * S);

        assertEquals(1, results.warmup.scheduled);
        assertEquals(4, results.measured.scheduled);
        assertEquals(2, results.measured.succeededCount());
        assertEquals(2, results.measured.errors());
        assertEquals(1, results.measured.timeouts);
        assertEquals(2, results.succeededInWindow);
        assertEquals(0.2, results.throughput(), 1e-9);
        assertEquals(2, results.intervals.size());
        assertEquals(4, results.intervals.get(1).scheduled);
    }

    @Test
    void latencyIsFromTheIntendedTimeAndTimeoutsCountAsTheTimeout() {
        LoadResults results = new LoadResults(0, 0, 10 * S);

        results.scheduled(S, S + 300_000_000);                  // the driver sent it 300 ms late
        results.answered(S, 202, S + 350_000_000);
        results.scheduled(2 * S, 2 * S);
        results.timedOut(2 * S, 10 * S);

        assertEquals(350, results.measured.succeeded.getMaxValue() / 1000);
        // a timeout counts as the whole timeout (to within the histogram's three significant digits)
        assertEquals(10_000.0, results.measured.all.getMaxValue() / 1000.0, 10.0);
        assertEquals(300, results.sendLag.getMaxValue() / 1000);
        assertEquals("350", Report.ms(results.measured.succeeded.getMaxValue()));
    }

    @Test
    void lateAnswersCountAsServedButNotAsThroughput() {
        LoadResults results = new LoadResults(0, 0, 10 * S);

        results.scheduled(S, S);
        results.timedOut(S, 5 * S);
        results.answeredLate(202, 7 * S);
        results.scheduled(2 * S, 2 * S);
        results.answered(2 * S, 202, 2 * S + 100_000_000);

        assertEquals(1, results.measured.timeouts);
        assertEquals(1, results.lateAnswers());
        assertEquals(0.1, results.throughput(), 1e-9);
        assertEquals(0.2, results.servedRate(), 1e-9);
    }

    @Test
    void theSustainedRateCountsTheWindowsRequestsAnsweredInTimeWhereverTheirAnswersLand() {
        LoadResults results = new LoadResults(0, 0, 10 * S);
        for (int second = 0; second < 10; second++) {
            long intended = second * S + 990_000_000L;     // the last one is answered after the window ends
            results.scheduled(intended, intended);
            results.answered(intended, 202, intended + 20_000_000);
        }

        assertEquals(0.9, results.throughput(), 1e-9);
        assertEquals(1.0, results.sustainedRate(), 1e-9);

        results.scheduled(5 * S, 5 * S);
        results.timedOut(5 * S, 10 * S);
        results.scheduled(6 * S, 6 * S);
        results.answered(6 * S, 503, 6 * S + 1_000_000);
        assertEquals(1.0, results.sustainedRate(), 1e-9);
    }
}
