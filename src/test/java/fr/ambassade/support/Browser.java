package fr.ambassade.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript on the running server: cookies kept, redirects not followed, CSRF tokens read from pages. */
public final class Browser {

    /** What a browser asks for: the HTML pages, error pages included. */
    static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String MULTIPART = "multipart/form-data; boundary=----limit";

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public Browser(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in through the login form; fails unless the login succeeds. */
    public static Browser signIn(int port, String email, String password) throws Exception {
        Browser browser = new Browser(port);
        String token = browser.csrfTokenOf("/login");
        HttpResponse<String> login = browser.postForm(
                "/login", "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token));
        assertThat(login.headers().firstValue("Location"))
                .as("signed in")
                .isPresent()
                .get()
                .asString()
                .doesNotContain("error")
                .doesNotContain("locked");
        return browser;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, String body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", HTML)
                        .header("Content-Type", FORM)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form with a {@code version} field and one file. */
    public HttpResponse<String> postMultipart(String path, String field, String filename, byte[] content)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("------limit\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n0\r\n"
                        + "------limit\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n------limit--\r\n".getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", HTML)
                        .header("Content-Type", MULTIPART)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the first form of the page. */
    public String csrfTokenOf(String path) throws Exception {
        String html = get(path).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("a form with a CSRF token on " + path).isTrue();
        return token.group(1);
    }

    /** The session cookie, as a {@code Cookie} header value. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString)
                .findFirst()
                .orElseThrow();
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
