package fr.ambassade.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Counts the SQL statements the current thread sends through the application's {@link DataSource} — Hibernate's,
 * Spring's {@code JdbcClient}/{@code JdbcTemplate}'s, anyone's — while {@link #during(Callable)} runs: the N+1 checks
 * of the screens ({@code SelectionScreensStatementsTest}). A MockMvc request runs on the test's thread, so what it
 * sends is counted; other threads (scheduled jobs, the outbox) are not.
 *
 * <p>The test context's data source is wrapped in a proxy that counts each statement prepared or created on its
 * connections ({@code prepareStatement}, {@code prepareCall}, {@code createStatement}) on a thread that asked to be
 * counted, and forwards everything else untouched ({@code unwrap} reaches the pool and the driver). Only with
 * {@code ambassade.test.count-statements=true} (the {@code test} profile): the benchmarks, which boot the
 * application with the test classes on the class path, keep the bare pool.
 */
@Component
@ConditionalOnProperty(name = "ambassade.test.count-statements", havingValue = "true")
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    /** What a counted piece of work sent: the statements' SQL, in order, and its result. */
    public record Counted<T>(List<String> statements, T result) {
        public int count() {
            return statements.size();
        }
    }

    /** Runs the work on this thread and returns the statements it sent through the data source. */
    public static <T> Counted<T> during(Callable<T> work) throws Exception {
        List<String> previous = COUNTING.get();
        List<String> seen = new ArrayList<>();
        COUNTING.set(seen);
        try {
            T result = work.call();
            return new Counted<>(List.copyOf(seen), result);
        } finally {
            if (previous == null) {
                COUNTING.remove();
            } else {
                COUNTING.set(previous);
            }
        }
    }

    /**
     * The run of the work, out of {@code tries}, that sent the fewest statements: short time-based caches (the
     * settings are read again after 10 s, which a loaded machine can take between two requests) reload in one run,
     * not in all of them.
     */
    public static <T> Counted<T> fewest(int tries, Callable<T> work) throws Exception {
        Counted<T> best = during(work);
        for (int i = 1; i < tries; i++) {
            Counted<T> next = during(work);
            if (next.count() < best.count()) {
                best = next;
            }
        }
        return best;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(bean, new Forwarding(bean, true));
        }
        return bean;
    }

    private static Object proxy(Object target, InvocationHandler handler) {
        Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(
                target.getClass(), target.getClass().getClassLoader());
        return Proxy.newProxyInstance(target.getClass().getClassLoader(), interfaces, handler);
    }

    /** Forwards every call; wraps the connections a data source hands out; counts statements on a connection. */
    private record Forwarding(Object target, boolean dataSource) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (name.equals("hashCode") && (args == null || args.length == 0)) {
                return System.identityHashCode(proxy);
            }
            if (!dataSource
                    && (name.equals("prepareStatement")
                            || name.equals("prepareCall")
                            || name.equals("createStatement"))) {
                List<String> seen = COUNTING.get();
                if (seen != null) {
                    seen.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : name + "()");
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (dataSource && name.equals("getConnection") && result instanceof Connection c) {
                return proxy(c, new Forwarding(c, false));
            }
            return result;
        }
    }
}
