import { describe, expect, it } from "vitest"
import { deferUnlessReady } from "./defer"

describe("deferUnlessReady", () => {
  it("sends a value that is already there with the page", async () => {
    expect((await deferUnlessReady(Promise.resolve("story"))).data).toBe("story")
  })

  it("keeps a slow answer as a promise, to be streamed", async () => {
    const slow = new Promise<string>((resolve) => setTimeout(() => resolve("story"), 200))
    const { data } = await deferUnlessReady(slow, 10)
    expect(data).toBeInstanceOf(Promise)
    expect(await data).toBe("story")
  })

  it("leaves a failure to the promise, for its <Await> to show", async () => {
    const failing = Promise.reject(new Error("backend down"))
    const { data } = await deferUnlessReady(failing)
    await expect(data).rejects.toThrow("backend down")
  })
})
