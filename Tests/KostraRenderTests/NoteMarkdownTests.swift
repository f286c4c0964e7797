import KostraRender
import Testing

/// Notes are people's text: Markdown becomes HTML, anything else stays text.
@Suite struct NoteMarkdownTests {
    @Test func markdownBecomesHTML() {
        let html = NoteMarkdown().html("Flere **unge** fikk jobb.\n\n- KVP\n- Ungdomsgaranti æøå")
        #expect(html == "<p>Flere <strong>unge</strong> fikk jobb.</p><ul><li>KVP</li><li>Ungdomsgaranti æøå</li></ul>")
    }

    @Test func rawHTMLIsEscaped() {
        let html = NoteMarkdown().html("Se <script>alert(1)</script> & <b>dette</b>")
        #expect(!html.contains("<script>") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;dette&lt;/b&gt;"))
    }

    @Test func onlyWebAndMailLinksKeepTheirTarget() {
        let html = NoteMarkdown().html("[a](javascript:alert(1)) [b](https://www.ssb.no/kostra) [c](mailto:nav@baerum.kommune.no)")
        #expect(html.contains("<a href=\"\">a</a>"))
        #expect(html.contains("<a href=\"https://www.ssb.no/kostra\">b</a>"))
        #expect(html.contains("<a href=\"mailto:nav@baerum.kommune.no\">c</a>"))
    }
}
