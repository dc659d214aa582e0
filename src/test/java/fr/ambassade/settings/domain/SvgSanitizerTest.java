package fr.ambassade.settings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgSanitizerTest {

    static final String CLEAN = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
              <defs><linearGradient id="g"><stop offset="0" stop-color="#8a1538"/></linearGradient></defs>
              <title>BB</title>
              <rect width="10" height="10" fill="url(#g)"/>
              <use xlink:href="#g"/>
            </svg>""";

    static String sanitize(String svg) {
        return new String(SvgSanitizer.sanitize(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    static void assertRefusedAsScript(String svg) {
        assertThatThrownBy(() -> sanitize(svg))
                .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.messageKey()).isEqualTo("settings.error.logo.svgScript"));
    }

    @Test
    void acceptsACleanSvgUnchangedInSubstance() {
        String out = sanitize(CLEAN);
        assertThat(out).contains("<rect").contains("url(#g)").contains("href=\"#g\"").contains("<title>BB</title>");
    }

    @Test
    void refusesScriptElements() {
        assertRefusedAsScript("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertRefusedAsScript("<svg xmlns=\"http://www.w3.org/2000/svg\"><g><script xlink:href=\"x.js\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/></g></svg>");
        assertRefusedAsScript("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><script xmlns=\"http://www.w3.org/1999/xhtml\">alert(1)</script></foreignObject></svg>".replace("<foreignObject>", "<g>").replace("</foreignObject>", "</g>"));
    }

    @Test
    void refusesEventHandlersAndJavascriptLinks() {
        assertRefusedAsScript("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        assertRefusedAsScript("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect ONCLICK=\"alert(1)\"/></svg>");
        assertRefusedAsScript("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\" javascript:alert(1)\"><rect/></a></svg>");
    }

    @Test
    void removesForeignObjectsExternalReferencesAndLinkRewritingAnimations() {
        String out = sanitize("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
                  <image xlink:href="https://evil.example/track.png"/>
                  <rect fill="url(https://evil.example/x.svg#p)" style="background:url(http://evil.example/a)"/>
                  <a href="#ok"><set attributeName="href" to="https://evil.example"/></a>
                  <style>@import url(https://evil.example/x.css);</style>
                  <!-- a comment -->
                </svg>""");
        assertThat(out).doesNotContain("foreignObject").doesNotContain("evil.example").doesNotContain("<set")
                .doesNotContain("@import").doesNotContain("comment").contains("<image").contains("href=\"#ok\"");
    }

    @Test
    void refusesDoctypesAndEntities() {
        assertThatThrownBy(() -> sanitize("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>"""))
                .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.messageKey()).isEqualTo("settings.error.logo.svgInvalid"));
    }

    @Test
    void refusesXmlThatIsNotAnSvg() {
        assertThatThrownBy(() -> sanitize("<html><svg/></html>")).isInstanceOf(SettingsException.class);
        assertThatThrownBy(() -> sanitize("<svg")).isInstanceOf(SettingsException.class);
    }
}
