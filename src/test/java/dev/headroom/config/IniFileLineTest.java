package dev.headroom.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link IniFile#line}: one line as ini4j reads it, split at the first '=' only. */
class IniFileLineTest {

    @Test
    void optionIsSplitAtTheFirstEqualsAndTrimmed() throws Exception {
        assertThat(IniFile.line("  pm.max_children =  5 = 6 ")).isEqualTo(
                new IniFile.Line(IniFile.Line.Kind.OPTION, "pm.max_children", "5 = 6"));
    }

    @Test
    void colonBackslashAndCarriageReturnAreOrdinaryCharacters() throws Exception {
        assertThat(IniFile.line("listen = 127.0.0.1:9000")).isEqualTo(
                new IniFile.Line(IniFile.Line.Kind.OPTION, "listen", "127.0.0.1:9000"));
        assertThat(IniFile.line("a:b = c")).isEqualTo(new IniFile.Line(IniFile.Line.Kind.OPTION, "a:b", "c"));
        assertThat(IniFile.line("k\\=v")).isEqualTo(new IniFile.Line(IniFile.Line.Kind.OPTION, "k\\", "v"));
        assertThat(IniFile.line("k = v\\")).isEqualTo(new IniFile.Line(IniFile.Line.Kind.OPTION, "k", "v\\"));
        assertThat(IniFile.line("k = a\rb")).isEqualTo(new IniFile.Line(IniFile.Line.Kind.OPTION, "k", "a\rb"));
        assertThat(IniFile.line("k\u0017 = \fv\u000b")).isEqualTo(
                new IniFile.Line(IniFile.Line.Kind.OPTION, "k\u0017", "\fv\u000b"));
        assertThat(IniFile.line(" \t k\t=\t v \t")).isEqualTo(new IniFile.Line(IniFile.Line.Kind.OPTION, "k", "v"));
    }

    @Test
    void loneNameHasNoValue() throws Exception {
        assertThat(IniFile.line("skip-external-locking")).isEqualTo(
                new IniFile.Line(IniFile.Line.Kind.OPTION, "skip-external-locking", null));
        assertThat(IniFile.line("k =")).isEqualTo(new IniFile.Line(IniFile.Line.Kind.OPTION, "k", ""));
    }

    @Test
    void sectionsCommentsAndBlanks() throws Exception {
        assertThat(IniFile.line(" [ www ] ")).isEqualTo(new IniFile.Line(IniFile.Line.Kind.SECTION, "www", null));
        assertThat(IniFile.line("; x = 1").kind()).isEqualTo(IniFile.Line.Kind.COMMENT);
        assertThat(IniFile.line("# x = 1").kind()).isEqualTo(IniFile.Line.Kind.COMMENT);
        assertThat(IniFile.line(" \t ").kind()).isEqualTo(IniFile.Line.Kind.EMPTY);
        assertThat(IniFile.line("\f").kind()).isEqualTo(IniFile.Line.Kind.OPTION);
    }

    @Test
    void linesIni4jRefuse() {
        assertThatThrownBy(() -> IniFile.line("[www")).isInstanceOf(IniFile.IniException.class);
        assertThatThrownBy(() -> IniFile.line("[]")).isInstanceOf(IniFile.IniException.class);
        assertThatThrownBy(() -> IniFile.line(" = 5")).isInstanceOf(IniFile.IniException.class);
    }

    @Test
    void latin1BytesPassThrough() throws Exception {
        assertThat(IniFile.line("k = caf\u00e9 \u00b5")).isEqualTo(
                new IniFile.Line(IniFile.Line.Kind.OPTION, "k", "caf\u00e9 \u00b5"));
    }
}
