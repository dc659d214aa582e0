package fr.ambassade.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.0 requests to the running server over a plain socket, from a chosen local address: 127.0.0.1 is the trusted
 * proxy of the test configuration, 127.0.0.2 an untrusted peer (java.net.http on Java 17 cannot pick its local
 * address). Headers such as {@code X-Forwarded-For} are sent as given.
 */
final class RawHttp {

    static final String PROXY = "127.0.0.1";
    static final String UNTRUSTED_PEER = "127.0.0.2";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    record Response(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        List<String> cookies() {
            return headers.getOrDefault("set-cookie", List.of());
        }

        /** The {@code name=value} of a cookie set by this response, or null. */
        String cookie(String name) {
            return cookies().stream()
                    .filter(c -> c.startsWith(name + "="))
                    .map(c -> c.split(";", 2)[0])
                    .findFirst()
                    .orElse(null);
        }

        String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF token in:\n" + body);
            }
            return m.group(1);
        }
    }

    Response get(String from, String path, Map<String, String> headers) throws IOException {
        return send(from, "GET", path, headers, null);
    }

    Response post(String from, String path, Map<String, String> headers, Map<String, String> form) throws IOException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(from, "POST", path, headers, body.toString());
    }

    /**
     * A form login as a browser does it: the login page (session cookie and CSRF token), then the form; both requests
     * carry the given headers. Returns where the login redirects ({@code /admin}, {@code /login?error}, {@code /login?locked=N}).
     */
    String login(String from, Map<String, String> headers, String email, String password) throws IOException {
        return loginForm(from, headers).submit(email, password);
    }

    /** The first half of {@link #login}: a login form ready to be submitted (so that threads can submit at once). */
    LoginForm loginForm(String from, Map<String, String> headers) throws IOException {
        Response page = get(from, "/login", headers);
        return new LoginForm(from, headers, page.cookie("JSESSIONID"), page.csrf());
    }

    final class LoginForm {
        private final String from;
        private final Map<String, String> headers;
        private final String sessionCookie;
        private final String csrf;

        LoginForm(String from, Map<String, String> headers, String sessionCookie, String csrf) {
            this.from = from;
            this.headers = headers;
            this.sessionCookie = sessionCookie;
            this.csrf = csrf;
        }

        String submit(String email, String password) throws IOException {
            Map<String, String> withCookie = new LinkedHashMap<>(headers);
            withCookie.put("Cookie", sessionCookie);
            Response response =
                    post(from, "/login", withCookie, Map.of("username", email, "password", password, "_csrf", csrf));
            String location = response.header("Location");
            if (response.status() != 302 || location == null) {
                throw new AssertionError("login answered " + response.status() + "\n" + response.body());
            }
            return location.replaceFirst("^https?://[^/]+", "");
        }
    }

    private Response send(String from, String method, String path, Map<String, String> headers, String body)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
            socket.setSoTimeout(30000);
            StringBuilder request =
                    new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(bytes.length)
                        .append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String raw = all.toString(StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(
                            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new Response(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }
}
