import { configManager } from "@medusajs/framework/config"
import { Modules } from "@medusajs/framework/utils"

type ProviderDeclaration = { resolve?: string; id?: string }

/**
 * Whether the application's medusa-config.ts registers a Search Module provider with this id. Index files are
 * imported once the configuration is loaded and before the module is built, so the configuration is the one
 * place to ask; a definition naming an unregistered provider would fail every migration.
 */
export function hasSearchProvider(id: string): boolean {
  let modules: Record<string, unknown> | undefined
  try {
    modules = configManager.config.modules as Record<string, unknown> | undefined
  } catch {
    return false
  }
  const search = (modules?.[Modules.SEARCH] ?? undefined) as { options?: { providers?: ProviderDeclaration[] } } | undefined
  return !!search?.options?.providers?.some((provider) => provider.id === id)
}
