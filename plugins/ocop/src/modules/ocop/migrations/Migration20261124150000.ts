import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The text search configuration the Search Module's PostgreSQL provider uses for Vietnamese
 * (`language: "vietnamese"` in medusa-config.ts selects `medusa_search_vietnamese`). The provider ships only
 * `medusa_search_english`, whose stop words drop whole Vietnamese syllables: "Tổ hợp tác", "Đồ uống", "Mỹ", "nó"
 * lose 'to', 'do', 'my', 'no' there. Vietnamese words are space-separated syllables that no stemmer suits, so this
 * is `simple` (lower case, no stop words) with `unaccent` first: "Cà phê Đắk Lắk"
 * indexes as 'ca' 'phe' 'dak' 'lak', and a query typed without accents, or with wrong ones, meets it.
 *
 * Hand-written (no model changed). It creates the extension itself because module migrations run in no
 * promised order, so the provider's own migration (which also creates `unaccent`) may come later.
 */
export class Migration20261124150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`)
    this.addSql(`
      do $$
      begin
        if not exists (select 1 from pg_ts_config where cfgname = 'medusa_search_vietnamese') then
          create text search configuration medusa_search_vietnamese (copy = simple);
          alter text search configuration medusa_search_vietnamese
            alter mapping for hword, hword_part, word with unaccent, simple;
        end if;
      end
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop text search configuration if exists medusa_search_vietnamese;`)
  }
}
