import { register } from "node:module";

register("./deny-next-hooks.mjs", import.meta.url);
