package org.councilperformance.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entry point that only reads: inside its caller's transaction, every entity it loads is
 * read-only and nothing is flushed (docs/design.md#reads). Hibernate then keeps no snapshot of what
 * a list, summary or page loads and compares none of them before each query and at commit, the work
 * that made a 500-indicator read cost several times a trivial one
 * (docs/benchmarks.md#api-under-load). A change made in such a method, or after it in the same
 * transaction, is not saved: mark only entry points that read.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadsOnly {}
