package fr.ambassade.providers.importing.datatourisme;

import fr.ambassade.providers.importing.datatourisme.FlowException.Reason;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a DATAtourisme flow in the flat format: a {@code .zip} archive or an extracted folder holding
 * {@code index.json}, {@code context.jsonld} and {@code objects/…/<producer>-<uuid>.json}. Objects are read one at
 * a time in index order, so memory does not grow with the flow (a national flow has 100,000+ objects).
 *
 * <pre>{@code
 * try (FlowReader flow = FlowReader.open(path); Stream<FlowItem> items = flow.items()) {
 *     progress.start(flow.size());
 *     items.forEach(item -> ...);   // Accepted, Rejected (with a reason) or Skipped
 * }
 * }</pre>
 *
 * <p>Opening checks the whole archive before anything is read: entry names (no {@code ..}, no absolute path),
 * entry count, uncompressed sizes and compression ratios (see {@link FlowLimits}), presence of the index and the
 * context. Problems that make the flow unusable throw a {@link FlowException}; problems with one object give a
 * {@link FlowItem.Rejected} item and reading goes on. Objects are inflated and mapped by a few worker threads a
 * little ahead of the caller (see {@link #parallelism(int)}). Not thread-safe: consume a stream from one thread.
 */
public final class FlowReader implements Closeable {

    static final String INDEX = "index.json";
    static final String CONTEXT = "context.jsonld";
    static final String OBJECTS = "objects/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Source source;
    private final DatatourismeRecordMapper mapper;
    private final int size;
    private final DatatourismeNamespace namespace;
    private int parallelism = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private FlowReader(Source source, DatatourismeRecordMapper mapper) {
        this.source = source;
        this.mapper = mapper;
        try {
            this.namespace = readNamespace(source.readContext());
            this.size = countIndex();
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** Opens a flow ({@code .zip} file or folder) with the default limits. */
    public static FlowReader open(Path path) {
        return open(path, FlowLimits.defaults(), new DatatourismeRecordMapper());
    }

    public static FlowReader open(Path path, FlowLimits limits) {
        return open(path, limits, new DatatourismeRecordMapper());
    }

    /**
     * Opens a flow.
     *
     * @throws FlowException when the flow cannot be read at all; {@link FlowException#reason()} says why
     */
    public static FlowReader open(Path path, FlowLimits limits, DatatourismeRecordMapper mapper) {
        if (path == null || !Files.exists(path)) {
            throw new FlowException(Reason.NOT_FOUND, "No such file or folder: " + path);
        }
        Source source = Files.isDirectory(path) ? FolderSource.open(path, limits) : ZipSource.open(path, limits);
        return new FlowReader(source, mapper);
    }

    /** Number of entries of {@code index.json}, i.e. of items {@link #items()} will give. */
    public int size() {
        return size;
    }

    /**
     * Number of threads that inflate and map objects ahead of the caller (default: the processors, at most 4);
     * 1 reads everything on the caller's thread. Items keep the index order either way.
     */
    public FlowReader parallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread");
        }
        this.parallelism = threads;
        return this;
    }

    /** Namespace declared by {@code context.jsonld}; {@code null} when it is neither of the known ones. */
    public DatatourismeNamespace namespace() {
        return namespace;
    }

    /** All objects, in index order. Close the stream (or read it to the end) to release the index file. */
    public Stream<FlowItem> items() {
        return items(entry -> true);
    }

    /**
     * Objects in index order; entries refused by {@code shouldRead} are not opened and give a
     * {@link FlowItem.Skipped} item (for instance when {@link IndexEntry#lastUpdateDatatourisme()} shows the object
     * did not change since the last import).
     */
    public Stream<FlowItem> items(Predicate<IndexEntry> shouldRead) {
        ItemIterator iterator = new ItemIterator(shouldRead, parallelism);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(iterator::close);
    }

    @Override
    public void close() {
        source.close();
    }

    private static DatatourismeNamespace readNamespace(byte[] context) {
        JsonNode root;
        try {
            root = JSON.readTree(context);
        } catch (JacksonException e) {
            throw new FlowException(
                    Reason.INVALID_CONTEXT, "context.jsonld is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FlowException(Reason.INVALID_CONTEXT, "context.jsonld is not a JSON object");
        }
        JsonNode ctx = root.has("@context") ? root.get("@context") : root;
        return DatatourismeNamespace.ofVocabulary(ctx.path("@vocab").asString(null));
    }

    private int countIndex() {
        try (InputStream in = source.openIndex();
                JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new FlowException(Reason.INVALID_INDEX, "index.json is not a JSON array");
            }
            int count = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new FlowException(Reason.INVALID_INDEX, "index.json ends before its array does");
                }
                parser.skipChildren();
                count++;
            }
            return count;
        } catch (JacksonException e) {
            throw new FlowException(Reason.INVALID_INDEX, "index.json is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FlowException(Reason.READ_ERROR, "Cannot read index.json: " + e.getMessage(), e);
        }
    }

    /**
     * Gives items in index order. With several threads, the objects of a small window ahead are inflated and mapped
     * by workers while the caller consumes the current one; the index, the caller's predicate and the duplicate
     * check stay on the caller's thread.
     */
    private final class ItemIterator implements Iterator<FlowItem> {

        private final Predicate<IndexEntry> shouldRead;
        private final Set<String> seen = new HashSet<>();
        private final ArrayDeque<Future<FlowItem>> window = new ArrayDeque<>();
        private final int windowSize;
        private final ThreadPoolExecutor executor;
        private InputStream in;
        private JsonParser parser;
        private int position;
        private boolean indexDone;
        private boolean closed;
        private FlowItem next;

        ItemIterator(Predicate<IndexEntry> shouldRead, int threads) {
            this.shouldRead = shouldRead;
            if (threads > 1) {
                this.windowSize = threads * 4;
                AtomicInteger counter = new AtomicInteger();
                this.executor = new ThreadPoolExecutor(
                        threads, threads, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                            Thread thread = new Thread(runnable, "datatourisme-reader-" + counter.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
                // idle workers go away even if the caller forgets to close the stream
                this.executor.allowCoreThreadTimeOut(true);
            } else {
                this.windowSize = 1;
                this.executor = null;
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && !closed) {
                next = take();
                if (next == null) {
                    close();
                }
            }
            return next != null;
        }

        @Override
        public FlowItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            FlowItem item = next;
            next = null;
            return item;
        }

        private FlowItem take() {
            fill();
            Future<FlowItem> future = window.poll();
            if (future == null) {
                return null;
            }
            FlowItem item;
            try {
                item = future.get();
            } catch (ExecutionException e) {
                close();
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new FlowException(Reason.READ_ERROR, "Reading failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new FlowException(Reason.READ_ERROR, "Reading was interrupted", e);
            }
            return checkDuplicate(item);
        }

        private void fill() {
            while (!indexDone && window.size() < windowSize) {
                IndexEntry entry = nextEntry();
                if (entry == null) {
                    indexDone = true;
                } else if (entry.file() == null || entry.file().isBlank()) {
                    window.add(CompletableFuture.completedFuture(new FlowItem.Rejected(
                            entry, RejectReason.MISSING_FILE, "index entry without a file", null)));
                } else if (!shouldRead.test(entry)) {
                    window.add(CompletableFuture.completedFuture(new FlowItem.Skipped(entry)));
                } else if (executor == null) {
                    window.add(CompletableFuture.completedFuture(read(entry)));
                } else {
                    window.add(executor.submit(() -> read(entry)));
                }
            }
        }

        private IndexEntry nextEntry() {
            try {
                if (parser == null) {
                    in = source.openIndex();
                    parser = JSON.createParser(in);
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw new FlowException(Reason.INVALID_INDEX, "index.json is not a JSON array");
                    }
                }
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY || token == null) {
                    return null;
                }
                IndexEntry entry =
                        token == JsonToken.START_OBJECT ? readEntry(parser, position) : skipEntry(parser, position);
                position++;
                return entry;
            } catch (JacksonException e) {
                close();
                throw new FlowException(
                        Reason.INVALID_INDEX, "index.json is not valid JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                close();
                throw new FlowException(Reason.READ_ERROR, "Cannot read index.json: " + e.getMessage(), e);
            }
        }

        /** Reads and maps one object; runs on a worker when reading in parallel. */
        private FlowItem read(IndexEntry entry) {
            try {
                return new FlowItem.Accepted(entry, mapper.map(source.read(entry.file())));
            } catch (RecordRejectedException e) {
                return new FlowItem.Rejected(
                        entry,
                        e.reason(),
                        e.getMessage() + " [" + entry.file() + "]",
                        entry.idFromFileName().orElse(null));
            }
        }

        private FlowItem checkDuplicate(FlowItem item) {
            if (item instanceof FlowItem.Skipped skipped) {
                skipped.entry().idFromFileName().ifPresent(id -> seen.add(id.toString()));
            } else if (item instanceof FlowItem.Accepted accepted) {
                DatatourismeId id = accepted.record().id();
                if (!seen.add(id.toString())) {
                    return new FlowItem.Rejected(
                            item.entry(),
                            RejectReason.DUPLICATE_IN_FLOW,
                            "an object with identity " + id + " was already read from this flow ["
                                    + item.entry().file() + "]",
                            id);
                }
            }
            return item;
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            for (Future<FlowItem> future : window) {
                future.cancel(true);
            }
            window.clear();
            if (executor != null) {
                executor.shutdownNow();
            }
            try {
                if (parser != null) {
                    parser.close();
                }
                if (in != null) {
                    in.close();
                }
            } catch (IOException | JacksonException e) {
                // nothing left to release
            } finally {
                parser = null;
                in = null;
            }
        }
    }

    private static IndexEntry readEntry(JsonParser parser, int position) {
        String file = null;
        String label = null;
        String lastUpdate = null;
        String name;
        while ((name = parser.nextName()) != null) {
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                switch (name) {
                    case "file" -> file = parser.getString();
                    case "label" -> label = parser.getString();
                    case "lastUpdateDatatourisme" -> lastUpdate = parser.getString();
                    default -> {
                        // other keys are not used
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        Instant instant = null;
        if (lastUpdate != null) {
            try {
                instant = Instant.parse(lastUpdate.trim());
            } catch (DateTimeParseException e) {
                instant = null;
            }
        }
        if (label != null && label.length() > DatatourismeRecord.MAX_SHORT_TEXT_LENGTH) {
            label = label.substring(0, DatatourismeRecord.MAX_SHORT_TEXT_LENGTH);
        }
        return new IndexEntry(position, file, label, instant);
    }

    private static IndexEntry skipEntry(JsonParser parser, int position) {
        parser.skipChildren();
        return new IndexEntry(position, null, null, null);
    }

    /**
     * Whether a relative name stays inside its folder: no absolute path, no drive letter, no backslash, no
     * {@code ..} segment, no NUL.
     */
    static boolean isSafeName(String name) {
        if (name == null
                || name.isEmpty()
                || name.charAt(0) == '/'
                || name.indexOf('\\') >= 0
                || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0) {
            return false;
        }
        int start = 0;
        while (start <= name.length()) {
            int slash = name.indexOf('/', start);
            int end = slash < 0 ? name.length() : slash;
            if (end - start == 2 && name.charAt(start) == '.' && name.charAt(start + 1) == '.') {
                return false;
            }
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return true;
    }

    /** Where the flow files come from. */
    private interface Source {

        InputStream openIndex() throws IOException;

        byte[] readContext();

        byte[] read(String file) throws RecordRejectedException;

        void close();
    }

    private static final class ZipSource implements Source {

        private final ZipFile zip;
        private final FlowLimits limits;
        private final String root;
        private final ZipEntry index;
        private final ZipEntry context;

        private ZipSource(ZipFile zip, FlowLimits limits, String root, ZipEntry index, ZipEntry context) {
            this.zip = zip;
            this.limits = limits;
            this.root = root;
            this.index = index;
            this.context = context;
        }

        static ZipSource open(Path path, FlowLimits limits) {
            checkMagic(path);
            ZipFile zip;
            try {
                zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
            } catch (ZipException e) {
                throw new FlowException(Reason.CORRUPTED, "The zip archive cannot be read: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new FlowException(
                        Reason.READ_ERROR, "Cannot open " + path.getFileName() + ": " + e.getMessage(), e);
            }
            try {
                return inspect(zip, limits);
            } catch (RuntimeException e) {
                closeQuietly(zip);
                throw e;
            }
        }

        private static void checkMagic(Path path) {
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(path)) {
                n = in.readNBytes(head, 0, 4);
            } catch (IOException e) {
                throw new FlowException(
                        Reason.READ_ERROR, "Cannot read " + path.getFileName() + ": " + e.getMessage(), e);
            }
            boolean zip = n == 4
                    && head[0] == 'P'
                    && head[1] == 'K'
                    && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
            if (!zip) {
                throw new FlowException(Reason.NOT_A_ZIP, path.getFileName() + " is not a zip archive");
            }
        }

        private static ZipSource inspect(ZipFile zip, FlowLimits limits) {
            int count;
            try {
                count = zip.size();
            } catch (IllegalStateException e) {
                throw new FlowException(Reason.CORRUPTED, "The zip archive cannot be read", e);
            }
            if (count > limits.maxEntries()) {
                throw new FlowException(
                        Reason.TOO_MANY_ENTRIES,
                        "The archive has " + count + " entries, more than the limit of " + limits.maxEntries());
            }
            long total = 0;
            String root = null;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            try {
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (!isSafeName(name)) {
                        throw new FlowException(
                                Reason.UNSAFE_ENTRY_NAME,
                                "Unsafe entry name in the archive: " + DatatourismeRecordMapper.abbreviate(name, 200));
                    }
                    if (entry.isDirectory()) {
                        continue;
                    }
                    long size = entry.getSize();
                    long compressed = entry.getCompressedSize();
                    boolean isIndex = name.equals(INDEX) || name.endsWith("/" + INDEX);
                    if (isIndex && (root == null || name.length() < root.length() + INDEX.length())) {
                        root = name.substring(0, name.length() - INDEX.length());
                    }
                    if (size > limits.maxEntryBytes() && !isIndex) {
                        throw new FlowException(
                                Reason.ENTRY_TOO_LARGE,
                                "Entry " + name + " would inflate to " + size + " bytes, more than the limit of "
                                        + limits.maxEntryBytes());
                    }
                    if (size > limits.ratioCheckThresholdBytes()
                            && compressed > 0
                            && size / compressed > limits.maxCompressionRatio()) {
                        throw new FlowException(
                                Reason.COMPRESSION_RATIO_TOO_HIGH,
                                "Entry " + name
                                        + " is compressed " + (size / compressed) + " times, more than the limit of "
                                        + limits.maxCompressionRatio());
                    }
                    total += Math.max(size, 0);
                    if (total > limits.maxTotalBytes()) {
                        throw new FlowException(
                                Reason.TOTAL_TOO_LARGE,
                                "The archive would inflate to more than " + limits.maxTotalBytes() + " bytes");
                    }
                }
            } catch (IllegalArgumentException e) {
                // thrown by ZipFile for malformed names or headers met while listing
                throw new FlowException(Reason.CORRUPTED, "The zip archive cannot be read: " + e.getMessage(), e);
            }
            if (root == null || root.indexOf('/') != root.lastIndexOf('/')) {
                throw new FlowException(Reason.MISSING_INDEX, "The archive has no index.json");
            }
            ZipEntry index = zip.getEntry(root + INDEX);
            ZipEntry context = zip.getEntry(root + CONTEXT);
            if (context == null || context.isDirectory()) {
                throw new FlowException(Reason.MISSING_CONTEXT, "The archive has no context.jsonld");
            }
            return new ZipSource(zip, limits, root, index, context);
        }

        @Override
        public InputStream openIndex() throws IOException {
            long limit = index.getSize() >= 0 ? index.getSize() : limits.maxTotalBytes();
            return new BoundedInputStream(zip.getInputStream(index), limit, INDEX);
        }

        @Override
        public byte[] readContext() {
            try {
                return readEntry(context);
            } catch (IOException e) {
                throw new FlowException(Reason.CORRUPTED, "context.jsonld cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        public byte[] read(String file) throws RecordRejectedException {
            if (!isSafeName(file)) {
                throw new RecordRejectedException(
                        RejectReason.UNSAFE_FILE_NAME,
                        "unsafe file name " + DatatourismeRecordMapper.abbreviate(file, 200));
            }
            ZipEntry entry = zip.getEntry(root + OBJECTS + file);
            if (entry == null || entry.isDirectory()) {
                throw new RecordRejectedException(
                        RejectReason.MISSING_FILE,
                        "file listed in index.json but not " + "in the archive: " + OBJECTS + file);
            }
            try {
                return readEntry(entry);
            } catch (IOException e) {
                throw new RecordRejectedException(
                        RejectReason.UNREADABLE_ENTRY, "cannot inflate " + entry.getName() + ": " + e.getMessage());
            }
        }

        private byte[] readEntry(ZipEntry entry) throws IOException {
            long declared = entry.getSize();
            long limit = declared >= 0 ? Math.min(declared, limits.maxEntryBytes()) : limits.maxEntryBytes();
            try (InputStream in = new BoundedInputStream(zip.getInputStream(entry), limit, entry.getName())) {
                byte[] bytes = in.readAllBytes();
                if (declared >= 0 && bytes.length != declared) {
                    throw new EOFException("entry shorter than declared");
                }
                return bytes;
            }
        }

        @Override
        public void close() {
            closeQuietly(zip);
        }

        private static void closeQuietly(ZipFile zip) {
            try {
                zip.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    private static final class FolderSource implements Source {

        private final Path index;
        private final Path context;
        private final Path objects;
        private final FlowLimits limits;

        private FolderSource(Path folder, FlowLimits limits) {
            this.index = folder.resolve(INDEX);
            this.context = folder.resolve(CONTEXT);
            this.objects = folder.resolve("objects").toAbsolutePath().normalize();
            this.limits = limits;
        }

        static FolderSource open(Path folder, FlowLimits limits) {
            FolderSource source = new FolderSource(folder, limits);
            if (!Files.isRegularFile(source.index)) {
                throw new FlowException(Reason.MISSING_INDEX, "The folder has no index.json");
            }
            if (!Files.isRegularFile(source.context)) {
                throw new FlowException(Reason.MISSING_CONTEXT, "The folder has no context.jsonld");
            }
            return source;
        }

        @Override
        public InputStream openIndex() throws IOException {
            return Files.newInputStream(index);
        }

        @Override
        public byte[] readContext() {
            try {
                if (Files.size(context) > limits.maxEntryBytes()) {
                    throw new FlowException(Reason.ENTRY_TOO_LARGE, "context.jsonld is larger than the limit");
                }
                return Files.readAllBytes(context);
            } catch (IOException e) {
                throw new FlowException(Reason.READ_ERROR, "Cannot read context.jsonld: " + e.getMessage(), e);
            }
        }

        @Override
        public byte[] read(String file) throws RecordRejectedException {
            if (!isSafeName(file)) {
                throw new RecordRejectedException(
                        RejectReason.UNSAFE_FILE_NAME,
                        "unsafe file name " + DatatourismeRecordMapper.abbreviate(file, 200));
            }
            Path path = objects.resolve(file).normalize();
            if (!path.startsWith(objects)) {
                throw new RecordRejectedException(RejectReason.UNSAFE_FILE_NAME, "file outside objects/: " + file);
            }
            try {
                long size = Files.size(path);
                if (size > limits.maxEntryBytes()) {
                    throw new RecordRejectedException(
                            RejectReason.FILE_TOO_LARGE,
                            OBJECTS + file + " has " + size + " bytes, more than the limit of "
                                    + limits.maxEntryBytes());
                }
                return Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                throw new RecordRejectedException(
                        RejectReason.MISSING_FILE,
                        "file listed in index.json but not " + "in the folder: " + OBJECTS + file);
            } catch (IOException e) {
                throw new RecordRejectedException(
                        RejectReason.UNREADABLE_ENTRY, "cannot read " + OBJECTS + file + ": " + e.getMessage());
            }
        }

        @Override
        public void close() {
            // nothing held open
        }
    }

    /**
     * Refuses to give more than {@code limit} bytes: an archive whose entries inflate beyond their declared size is
     * forged, so the whole flow is refused.
     */
    static final class BoundedInputStream extends FilterInputStream {

        private final long limit;
        private final String name;
        private long count;

        BoundedInputStream(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw new FlowException(
                        Reason.ENTRY_TOO_LARGE, "Entry " + name + " inflates beyond " + limit + " bytes");
            }
        }
    }
}
