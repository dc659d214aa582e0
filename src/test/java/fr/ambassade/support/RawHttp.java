package fr.ambassade.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A request written by hand on a socket to the running server, to see what the server does before a body is
 * sent: the request line and headers are written, the answer is read, and only then is the body sent.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /**
     * What came back: the status and headers, read before any byte of the body was sent, then how many body bytes
     * the server took before closing the connection ({@code closedByServer} false: it took the whole body).
     */
    public record Answer(int status, String head, boolean closedByServer, long bodyBytesTaken) {}

    /**
     * Sends the headers of a POST announcing {@code contentLength} bytes (or a chunked body when negative), reads
     * the answer before sending any body, then sends the body until the server closes the connection.
     */
    public Answer post(String path, String contentType, long contentLength, Map<String, String> extraHeaders)
            throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "localhost:" + port);
        headers.put("Content-Type", contentType);
        if (contentLength >= 0) {
            headers.put("Content-Length", Long.toString(contentLength));
        } else {
            headers.put("Transfer-Encoding", "chunked");
        }
        headers.putAll(extraHeaders);
        StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\n");
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try (Socket socket = new Socket("localhost", port)) {
            // the answer must come while the body is still unsent: waiting for it would time out
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            int status = Integer.parseInt(head.substring(9, 12));
            long total = contentLength >= 0 ? contentLength : FIFTY_MEGABYTES;
            Future<Long> sending = sender.submit(() -> sendBody(out, total, contentLength < 0));
            try {
                long taken = sending.get(30, TimeUnit.SECONDS);
                return new Answer(status, head, taken < 0, taken < 0 ? -taken - 1 : taken);
            } catch (TimeoutException serverStoppedReadingButKeptTheConnection) {
                return new Answer(status, head, false, -1);
            }
        } finally {
            sender.shutdownNow();
        }
    }

    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

    /** The number of bytes sent, or {@code -(n + 1)} when the server closed the connection after {@code n}. */
    private static long sendBody(OutputStream out, long total, boolean chunked) {
        byte[] chunk = new byte[64 * 1024];
        long sent = 0;
        try {
            while (sent < total) {
                int n = (int) Math.min(chunk.length, total - sent);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(chunk, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                sent += n;
            }
            out.flush();
            return sent;
        } catch (IOException closed) {
            return -sent - 1;
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the end of the headers: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
