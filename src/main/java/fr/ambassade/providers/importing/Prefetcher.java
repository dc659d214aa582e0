package fr.ambassade.providers.importing;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads an iterator on its own thread, up to {@code capacity} elements ahead, so that reading and mapping the next
 * records overlaps with writing the current batch. The source is consumed by that thread only; {@link #close()}
 * stops it before the caller closes the source. Exceptions of the source are rethrown to the caller.
 */
final class Prefetcher<T> implements Iterator<T>, AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;
    private Object next;

    private record Failure(RuntimeException exception) {}

    Prefetcher(Iterator<T> source, int capacity, String name) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(
                () -> {
                    try {
                        while (!closed && source.hasNext()) {
                            put(source.next());
                        }
                        put(END);
                    } catch (RuntimeException e) {
                        put(new Failure(e));
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    private void put(Object element) {
        try {
            while (!closed) {
                if (queue.offer(element, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportService.ImportInterruptedException();
            }
        }
        if (next instanceof Failure failure) {
            next = END;
            throw failure.exception();
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T element = (T) next;
        next = null;
        return element;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
