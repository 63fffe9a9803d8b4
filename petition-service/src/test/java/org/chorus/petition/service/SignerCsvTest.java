package org.chorus.petition.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignerCsvTest {

    @Test
    void plainTextStaysAsItIs() {
        assertEquals("Aung San", SignerCsv.cell("Aung San"));
        assertEquals("အောင်ဆန်း", SignerCsv.cell("အောင်ဆန်း"));
        assertEquals("", SignerCsv.cell(""));
        assertEquals("a-b=c", SignerCsv.cell("a-b=c"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", SignerCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", SignerCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", SignerCsv.cell("two\nlines"));
        assertEquals("\"cr\rlf\"", SignerCsv.cell("cr\rlf"));
    }

    @Test
    void formulaStartsBecomeText() {
        assertEquals("'=1+1", SignerCsv.cell("=1+1"));
        assertEquals("'+95 1 234", SignerCsv.cell("+95 1 234"));
        assertEquals("'-1", SignerCsv.cell("-1"));
        assertEquals("'@SUM(A1)", SignerCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", SignerCsv.cell("\tx"));
        assertEquals("\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"", SignerCsv.cell("=HYPERLINK(\"u\",\"x\")"));
    }
}
