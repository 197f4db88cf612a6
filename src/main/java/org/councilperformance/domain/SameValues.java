package org.councilperformance.domain;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Whether an edit changes anything, judged as the database stores it: figures by value (5 and
 * 5.000000 are the same DECIMAL), also inside records, lists in order, sets whatever their order.
 * An edit that changes nothing must not touch who-entered-it or replace a collection, or it would
 * bump the version and write an audit revision for nothing (docs/api.md#versions-and-lost-updates).
 */
public final class SameValues {
  private SameValues() {}

  /** Each argument pair in turn: {@code same(a1, b1, a2, b2, …)}. */
  public static boolean pairwise(Object... beforeAfter) {
    if (beforeAfter.length % 2 != 0) {
      throw new IllegalArgumentException("give values in before/after pairs");
    }
    for (int i = 0; i < beforeAfter.length; i += 2) {
      if (!same(beforeAfter[i], beforeAfter[i + 1])) {
        return false;
      }
    }
    return true;
  }

  public static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof Set<?> x && b instanceof Set<?> y) {
      return x.size() == y.size() && x.containsAll(y);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      return sameInOrder(x, y);
    }
    if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
      return sameInOrder(new ArrayList<>(x), new ArrayList<>(y));
    }
    if (a instanceof Record && a.getClass() == b.getClass()) {
      return sameInOrder(components((Record) a), components((Record) b));
    }
    return a.equals(b);
  }

  /** A record's values, so that figures inside records compare by value too. */
  private static List<Object> components(Record r) {
    List<Object> values = new ArrayList<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      try {
        values.add(c.getAccessor().invoke(r));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
      }
    }
    return values;
  }

  private static boolean sameInOrder(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    Iterator<?> i = a.iterator();
    Iterator<?> j = b.iterator();
    while (i.hasNext()) {
      if (!same(i.next(), j.next())) {
        return false;
      }
    }
    return true;
  }
}
