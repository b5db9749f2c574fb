package org.needlesafe.json;

import com.fasterxml.jackson.core.JsonStreamContext;

/** Paths written the contract's way: {@code plan.areas[0].depthMm}, {@code ""} for the document itself. */
final class ContractPath {
    private ContractPath() {
    }

    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** The enclosing path: {@code a.b[2]} for {@code a.b[2].c}, {@code a.b} for {@code a.b[2]}; "" at the top. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** The path of the value a parser's context is in (the object or list holding the current token). */
    static String of(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = of(context.getParent());
        JsonStreamContext holder = context.getParent();
        if (holder == null || holder.inRoot()) {
            return parent;
        }
        return holder.inArray() ? index(parent, holder.getCurrentIndex()) : field(parent, holder.getCurrentName());
    }
}
