package dev.geul.transfer.wxr;

/**
 * What geul's WXR export keeps beyond WordPress's own elements, as post, term and comment meta WordPress imports
 * and ignores: read back by geul's import, so that a blog moved from one geul to another keeps every state,
 * date and key it had.
 */
final class WxrMeta {

    static final String STATUS = "_geul_status";
    static final String VISIBILITY = "_geul_visibility";
    static final String PUBLISHED_AT = "_geul_published_at";
    static final String CREATED_AT = "_geul_created_at";
    static final String UPDATED_AT = "_geul_updated_at";
    static final String TRASHED_AT = "_geul_trashed_at";
    static final String IMPORT_KEY = "_geul_import_key";
    static final String LEGACY_PATH = "_geul_legacy_path";
    static final String SORT_ORDER = "_geul_sort_order";
    static final String SECRET = "_geul_secret";
    static final String GUEST_PASSWORD = "_geul_guest_password_hash";

    private WxrMeta() {
    }
}
