package fr.ambassade.accounts;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/** What the body-limit filters need to know about a request body, without reading it. */
final class RequestBodies {

    private RequestBodies() {}

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** A body whose length is not declared (chunked transfer encoding). */
    static boolean hasUndeclaredLength(HttpServletRequest request) {
        return request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
    }

    /**
     * Refuses at once: the status page is sent and the connection closed, so the rest of the body is never read
     * (the container drops the connection rather than swallow a large remainder).
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        response.setHeader("Connection", "close");
        leaveUnparsed(request);
        response.sendError(status);
    }

    /**
     * Before an error page for a request whose body was not read: the error dispatch would otherwise parse a
     * multipart body (the dispatcher servlet resolves multipart requests on every dispatch, except after a
     * multipart failure, which this records).
     */
    static void leaveUnparsed(HttpServletRequest request) {
        if (isMultipart(request) && request.getAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE) == null) {
            request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MultipartException("body not read"));
        }
    }

    /** The request, whose body stream fails once more than {@code max} bytes have been read. */
    static HttpServletRequest limitedTo(HttpServletRequest request, long max) {
        return new LimitedBodyRequest(request, max);
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        LimitedBodyRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long count;

        CountingStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new IOException("Request body larger than " + max + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
