package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.headroom.model.Finding;
import dev.headroom.model.Severity;
import dev.headroom.source.Origin;

/** {@code lint -f checkstyle}: well-formed XML that the JDK parser reads back to the same findings. */
class CheckstyleReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void filesInPathOrderAndFindingsByLine() throws Exception {
        Document doc = parse(new CheckstyleReport(List.of(
                new Finding("SD302", "limit-nofile-above-kernel", Severity.WARNING, "b", Origin.of("lib/b.service", 9, 1), null),
                new Finding("HT301", "max-request-workers-not-multiple", Severity.WARNING, "a2",
                        Origin.of("etc/a.conf", 8, 5), "AH00513"),
                new Finding("HT001", "file-unreadable", Severity.ERROR, "a1", Origin.of("etc/a.conf", 2, 1), null),
                new Finding("CL302", "reload-peak-does-not-fit", Severity.INFO, "whole", Origin.file("etc/c.conf"), null)))
                .checkstyle());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        assertThat(root.getAttribute("version")).isEqualTo("4.3");
        NodeList files = root.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(3);
        assertThat(((Element) files.item(0)).getAttribute("name")).isEqualTo("etc/a.conf");
        assertThat(((Element) files.item(1)).getAttribute("name")).isEqualTo("etc/c.conf");
        assertThat(((Element) files.item(2)).getAttribute("name")).isEqualTo("lib/b.service");
        NodeList a = ((Element) files.item(0)).getElementsByTagName("error");
        Element first = (Element) a.item(0);
        assertThat(first.getAttribute("line")).isEqualTo("2");
        assertThat(first.getAttribute("column")).isEqualTo("1");
        assertThat(first.getAttribute("severity")).isEqualTo("error");
        assertThat(first.getAttribute("source")).isEqualTo("headroom.HT001");
        assertThat(((Element) a.item(1)).getAttribute("message")).isEqualTo("a2 [AH00513]");
        Element whole = (Element) ((Element) files.item(1)).getElementsByTagName("error").item(0);
        assertThat(whole.getAttribute("line")).isEqualTo("0");
        assertThat(whole.getAttribute("severity")).isEqualTo("info");
    }

    @Test
    void markupQuotesWhitespaceAndControlCharactersSurviveTheRoundTrip() throws Exception {
        String message = "<IfModule> & \"quoted\" 'single'\ttab\nnew line\r\u0001bell\u001f end \uD83D\uDE00";
        String xml = new CheckstyleReport(List.of(new Finding("HT002", "conditional-open-at-end-of-file",
                Severity.WARNING, message, Origin.of("etc/<odd> & \"name\".conf", 1, 1), null))).checkstyle();
        assertThat(xml).doesNotContain("\u0001").doesNotContain("\u001f");
        Document doc = parse(xml);
        Element file = (Element) doc.getElementsByTagName("file").item(0);
        assertThat(file.getAttribute("name")).isEqualTo("etc/<odd> & \"name\".conf");
        Element error = (Element) file.getElementsByTagName("error").item(0);
        // XML 1.0 cannot carry U+0001 or U+001F at all, not even as a reference: U+FFFD stands in
        assertThat(error.getAttribute("message"))
                .isEqualTo("<IfModule> & \"quoted\" 'single'\ttab\nnew line\r\uFFFDbell\uFFFD end \uD83D\uDE00");
    }

    @Test
    void noFindingsIsAnEmptyReport() throws Exception {
        Document doc = parse(new CheckstyleReport(List.of()).checkstyle());
        assertThat(doc.getDocumentElement().getElementsByTagName("file").getLength()).isZero();
    }
}
