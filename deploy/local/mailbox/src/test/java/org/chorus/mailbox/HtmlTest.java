package org.chorus.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEveryCharacterThatCanEndTextOrAnAttribute() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void linksOnlyHttpUrlsAndLeavesTrailingPunctuationOutside() {
        assertEquals("Confirm: <a href=\"https://chorus.test/c?a=1&amp;b=2\" rel=\"noreferrer\">"
                        + "https://chorus.test/c?a=1&amp;b=2</a>. &lt;b&gt;",
                Html.escapeWithLinks("Confirm: https://chorus.test/c?a=1&b=2. <b>"));
        assertEquals("javascript:alert(1)", Html.escapeWithLinks("javascript:alert(1)"));
        assertEquals("<a href=\"http://x.test/\" rel=\"noreferrer\">http://x.test/</a>&quot;&gt;&lt;script&gt;",
                Html.escapeWithLinks("http://x.test/\"><script>"));
    }
}
