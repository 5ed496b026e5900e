// A tiny web server, the Node.js template's app, using only Node's built-in http module.
const http = require("node:http");

const port = Number(process.env.PORT || 3000);

http
  .createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end("Hello from a container!\n");
  })
  .listen(port, () => console.log(`listening on :${port}`));
