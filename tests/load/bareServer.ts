/**
 * The yardstick: Socket.IO alone, with nothing of Onside behind it. No store, no projection, no
 * rules: a "post" is acknowledged at once and broadcast to its workshop's sockets, one message
 * per post. Whatever Onside costs beyond this is Onside's own. Prints `listening <port>`.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { enableBenchMetrics } from "@/server/benchMetrics";
import { jsonParser } from "@/server/realtime/jsonParser";

enableBenchMetrics(process.env);
const http = createServer((_req, res) => res.writeHead(404).end());
// The same transport settings as Onside's socket server, so only what happens behind them differs.
const io = new Server(http, { path: "/socket.io", maxHttpBufferSize: 64 * 1024, pingInterval: 20_000, pingTimeout: 20_000, parser: jsonParser });

io.on("connection", (socket) => {
  const code = String((socket.handshake.auth as { code?: unknown }).code ?? "");
  void socket.join(code);
  socket.on("post", (payload: unknown, ack?: unknown) => {
    if (typeof ack === "function") ack({ ok: true });
    io.to(code).emit("post", payload);
  });
});

http.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? "127.0.0.1", () => {
  console.log(`listening ${(http.address() as AddressInfo).port}`);
});

// A clean exit on SIGTERM, so that `--cpu-prof` writes the bare server's profile too.
process.on("SIGTERM", () => process.exit(0));
