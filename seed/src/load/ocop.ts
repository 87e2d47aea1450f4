/**
 * The plugin's module as the loader sees it. Its service is resolved from the container by name; the type
 * comes from the plugin's sources (the built plugin ships JavaScript only).
 */
import type OcopModuleService from "@ocop/medusa-plugin-ocop/ocop-service"

export const OCOP_MODULE = "ocop"
export type OcopService = OcopModuleService
