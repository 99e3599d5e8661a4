import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(728);
/** The bundle's entry (dist/index.js, built by ncc). */

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 728:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./scripts/stubs/tunnel.cjs
var tunnel = __nccwpck_require__(330);
;// CONCATENATED MODULE: ./scripts/stubs/undici.mjs
// Bundled in place of `undici` (see scripts/bundle.mjs). @actions/http-client imports undici's
// ProxyAgent at its top level but uses it only in getAgentDispatcher(), a dispatcher for fetch,
// which neither this project nor the parts of @actions/core it uses call. The real undici cost
// ~100 ms and ~14 MiB at every start.
const MESSAGE = 'undici is not bundled: tus-upload-action does not use fetch dispatchers'

class ProxyAgent {
  constructor() {
    throw new Error(MESSAGE)
  }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel/* httpsOverHttps */.vX : tunnel/* httpsOverHttp */.I9;
            }
            else {
                tunnelAgent = overHttps ? tunnel/* httpOverHttps */.aQ : tunnel/* httpOverHttp */.xj;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary_summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function core_getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = core_getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = core_getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/common/errors.ts
/**
 * The user gave bad input: a malformed option, a missing file, a corrupt resume file.
 * The CLI exits with code 2 for it (and prints the message, no stack trace); the Action fails
 * the step naming the input. Messages are one line, naming the input and the fix.
 */
class UsageError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'UsageError';
    }
}
/** A file system error in words, for a message: "no such file", "permission denied", ... */
function describeFsError(error) {
    switch (error.code) {
        case 'ENOENT':
            return 'no such file';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a directory';
        case 'ENOTDIR':
            return 'a part of the path is not a directory';
        case 'ELOOP':
            return 'too many symbolic links';
        case 'ENAMETOOLONG':
            return 'the name is too long';
        default:
            return error instanceof Error ? error.message : String(error);
    }
}

;// CONCATENATED MODULE: ./src/common/pool.ts
/** Files uploaded at once by the tools and the Action, at most: beyond it one server gains nothing and its connection limits are at risk. */
const MAX_CONCURRENCY = 64;
/**
 * Runs `fn` over `items` with at most `concurrency` calls in flight. Results come back in item
 * order, whatever the order of completion; a failure does not stop the other items.
 */
async function runPool(items, concurrency, fn) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
    }
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await fn(items[index], index) };
            }
            catch (reason) {
                results[index] = { status: 'rejected', reason };
            }
        }
    }
    const workers = [];
    for (let i = 0; i < Math.min(concurrency, items.length); i++)
        workers.push(worker());
    await Promise.all(workers);
    return results;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/tus/errors.ts
class errors_TusError extends Error {
    code;
    status;
    /** The first bytes of the response body, to tell a proxy's HTML page from a tus answer. */
    body;
    method;
    url;
    /** The upload URL, when an upload had been created before the failure: it can be resumed. */
    uploadUrl;
    /** The server's offset as last known, when an upload had been created. */
    offset;
    retryable;
    retryAfterMs;
    constructor(code, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'TusError';
        this.code = code;
        this.status = details.status;
        this.body = details.body;
        this.method = details.method;
        this.url = details.url;
        this.uploadUrl = details.uploadUrl;
        this.offset = details.offset;
        this.retryable = details.retryable ?? false;
        this.retryAfterMs = details.retryAfterMs;
    }
}
/** A copy of a failure shared by several callers, so that each can add its own upload URL. */
function copyError(error) {
    return new errors_TusError(error.code, error.message, { ...detailsOf(error), cause: error.cause });
}
/** A failure's details, to make another TusError from it. */
function detailsOf(error) {
    const { status, body, method, url, uploadUrl, offset, retryable, retryAfterMs } = error;
    return { status, body, method, url, uploadUrl, offset, retryable, retryAfterMs };
}
function abortedError(what) {
    return new errors_TusError('ABORTED', `${what}: aborted`);
}
function invalidInput(message) {
    return new errors_TusError('INVALID_INPUT', message);
}
/** A byte count or position from the caller: a whole number >= 0, or an INVALID_INPUT error. */
function errors_checkByteCount(value, what) {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
        throw invalidInput(`${what} must be a whole number of bytes >= 0, got ${value}`);
    }
}
/** A failure for a human: a TusError's message already names the request and its cause. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/common/lazyCrypto.ts

// node:crypto takes about 9 ms to load, a tenth of tus-upload's start-up, and only --resume-file
// and --ca need it: loaded on first use.
const requireBuiltin = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
function nodeCrypto() {
    return requireBuiltin('node:crypto');
}

;// CONCATENATED MODULE: ./src/common/resumeStore.ts
/**
 * Resume across processes (`--resume-file FILE`): upload URLs recorded under a fingerprint of the
 * file and the endpoint, so that a rerun after a crash, a kill or a network outage continues the
 * uploads instead of starting over.
 *
 * The file is JSON: `{"version": 1, "uploads": {"<fingerprint>": {"url": "...", "updated": "..."}}}`.
 * Every change re-reads the file, applies itself and replaces the file atomically (a temporary
 * file renamed over it), so a reader never sees half a file, and two processes sharing a file
 * lose at most a concurrent update rather than the whole file. Changes from one process are
 * serialized.
 */





/** The longest wait for a change of the resume file. */
const STORE_WRITE_WAIT_MS = 10_000;
/**
 * Waits for a change of the resume file, STORE_WRITE_WAIT_MS at most: a write that never returns
 * (a hung file system) must not hold the uploads or the exit. Failures are warnings: the uploads
 * go on.
 */
function storeChange(change, what, warn, waitMs = STORE_WRITE_WAIT_MS) {
    return new Promise(resolve => {
        const timer = setTimeout(() => {
            warn(`${what} takes longer than ${waitMs / 1000} s; going on without waiting`);
            resolve();
        }, waitMs).unref();
        change.then(() => resolve(), (error) => warn(`${what} failed: ${describeError(error)}`)).finally(() => {
            clearTimeout(timer);
            resolve();
        });
    });
}
/**
 * The same file (path, size, modification time) to the same endpoint. Credentials in the
 * endpoint URL are left out, so that a changed password still resumes.
 */
function fingerprint(input) {
    let endpoint = input.endpoint;
    try {
        const url = new URL(input.endpoint);
        url.username = '';
        url.password = '';
        endpoint = url.href;
    }
    catch {
        // Not a URL: use it as given.
    }
    const key = JSON.stringify(['tus-upload/1', input.absolutePath, input.size, Math.floor(input.mtimeMs), endpoint]);
    return nodeCrypto().createHash('sha256').update(key).digest('hex');
}
class ResumeStore {
    filePath;
    what;
    /** This process's view: the file as loaded, plus this process's own changes. */
    entries;
    queue = Promise.resolve();
    constructor(filePath, what, entries) {
        this.filePath = filePath;
        this.what = what;
        this.entries = entries;
    }
    /**
     * Loads `filePath`; a missing file is an empty store (created on the first `set`). A file that
     * cannot be read or is not a resume file is a UsageError naming `what` (e.g. `--resume-file`).
     */
    static async open(filePath, what = '--resume-file') {
        const absolute = await regularFilePath(external_node_path_default().resolve(filePath), what);
        const entries = await readStore(absolute, what);
        await checkWritable(absolute, what);
        return new ResumeStore(absolute, what, entries);
    }
    /** The upload URL recorded for this fingerprint, if any. */
    get(fp) {
        const url = this.entries.get(fp)?.url;
        // An entry that is no http(s) URL (edited by hand, damaged) is no upload: a new one replaces it.
        if (url === undefined || !/^https?:\/\//i.test(url) || !URL.canParse(url))
            return undefined;
        return url;
    }
    /** Records the upload URL of a fingerprint; resolves once the file is replaced. */
    set(fp, url) {
        return this.update(entries => {
            entries.set(fp, { url, updated: new Date().toISOString() });
        });
    }
    /** Forgets a fingerprint (its upload finished); resolves once the file is replaced. */
    delete(fp) {
        // Never recorded (a file sent whole in its creation POST): nothing to rewrite.
        if (!this.entries.has(fp))
            return this.queue;
        return this.update(entries => {
            entries.delete(fp);
        });
    }
    /** Resolves once every change made so far is on disk. */
    flush() {
        return this.queue;
    }
    update(change) {
        change(this.entries);
        const run = async () => {
            // Re-read: another process may have recorded its own uploads meanwhile.
            const entries = await readStore(this.filePath, this.what);
            change(entries);
            await writeAtomically(this.filePath, serialize(entries), this.what);
        };
        const result = this.queue.then(run);
        this.queue = result.catch(() => { });
        return result;
    }
}
async function readStore(filePath, what) {
    let text;
    try {
        text = await external_node_fs_namespaceObject.promises.readFile(filePath, 'utf8');
    }
    catch (error) {
        const code = error.code;
        // A path that does not exist (yet): checkWritable says whether it can be made.
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return new Map();
        if (code === 'EISDIR')
            throw new UsageError(`${what}: ${filePath} is a directory; give a file name`, { cause: error });
        throw new UsageError(`${what}: cannot read ${filePath} (${code ?? error.message}); check its permissions`, {
            cause: error
        });
    }
    if (text.trim() === '')
        return new Map();
    const corrupt = (why, cause) => new UsageError(`${what}: ${filePath} is not a tus-upload resume file (${why}); delete it or give another file`, {
        cause
    });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw corrupt('invalid JSON', error);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw corrupt('not a JSON object');
    const file = data;
    if (file.version !== 1)
        throw corrupt(`unknown version ${JSON.stringify(file.version)}`);
    if (typeof file.uploads !== 'object' || file.uploads === null || Array.isArray(file.uploads)) {
        throw corrupt('"uploads" is not an object');
    }
    const entries = new Map();
    for (const [fp, entry] of Object.entries(file.uploads)) {
        if (typeof entry !== 'object' || entry === null || typeof entry.url !== 'string') {
            throw corrupt(`entry ${JSON.stringify(fp)} has no "url"`);
        }
        entries.set(fp, { url: entry.url, updated: String(entry.updated ?? '') });
    }
    return entries;
}
/**
 * The file is replaced by a rename, so its directory (or, when that does not exist yet, the
 * nearest directory above it, where it will be made) must take new files: checked up front, so
 * that a run never goes on believing its uploads can be resumed when they cannot.
 */
/**
 * The file to read and replace: the path itself, or the target of a symbolic link (replacing the
 * link would leave its target stale). A device, FIFO or socket is refused: it would be replaced
 * by a regular file (resume-file: /dev/null as root would replace the system's).
 */
async function regularFilePath(filePath, what) {
    let real;
    try {
        real = await external_node_fs_namespaceObject.promises.realpath(filePath);
    }
    catch {
        return filePath; // not there yet (or a dangling link): made as a regular file
    }
    const info = await external_node_fs_namespaceObject.promises.stat(real);
    if (!info.isFile() && !info.isDirectory())
        throw new UsageError(`${what}: ${filePath} is not a regular file; give a file name`);
    return real;
}
async function checkWritable(filePath, what) {
    let dir = external_node_path_default().dirname(filePath);
    for (;;) {
        try {
            const info = await external_node_fs_namespaceObject.promises.stat(dir);
            if (!info.isDirectory())
                throw new UsageError(`${what}: ${dir} is not a directory; give a file in a directory`);
            break;
        }
        catch (error) {
            if (error instanceof UsageError)
                throw error;
            const parent = external_node_path_default().dirname(dir);
            if (error.code !== 'ENOENT' || parent === dir)
                throw cannotWrite(dir, error, what);
            dir = parent;
        }
    }
    await external_node_fs_namespaceObject.promises.access(dir, external_node_fs_namespaceObject.constants.W_OK).catch((error) => {
        throw cannotWrite(dir, error, what);
    });
}
function cannotWrite(dir, error, what) {
    const code = error.code ?? error.message;
    return new UsageError(`${what}: cannot write in ${dir} (${code}); give a file in a writable directory`, { cause: error });
}
function serialize(entries) {
    const file = { version: 1, uploads: Object.fromEntries(entries) };
    return `${JSON.stringify(file, null, 2)}\n`;
}
async function writeAtomically(filePath, text, what) {
    const dir = external_node_path_default().dirname(filePath);
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(filePath)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
    try {
        await external_node_fs_namespaceObject.promises.mkdir(dir, { recursive: true });
        await external_node_fs_namespaceObject.promises.writeFile(temp, text, { mode: 0o600 });
        await external_node_fs_namespaceObject.promises.rename(temp, filePath);
    }
    catch (error) {
        await external_node_fs_namespaceObject.promises.rm(temp, { force: true }).catch(() => { });
        const code = error.code;
        throw new UsageError(`${what}: cannot write ${filePath} (${code ?? error.message}); check the directory and its permissions`, {
            cause: error
        });
    }
}

;// CONCATENATED MODULE: ./src/tus/options.ts
const silentLogger = { debug() { }, info() { }, warn() { } };
/** The longest timeout or retry delay, in seconds: Node's timers hold at most 2^31 - 1 ms (24.8 days). */
const MAX_WAIT_SECONDS = 2_147_483;
const DEFAULTS = {
    retries: 5,
    retryDelay: 1,
    retryMaxDelay: 30,
    timeout: 60,
    chunkSize: Number.POSITIVE_INFINITY,
    /** Stream sources are buffered one chunk at a time, so that a failed chunk can be resent. */
    streamChunkSize: 8 * 1024 * 1024,
    /** Sources up to this size go in the creation POST when the server offers creation-with-upload. */
    creationWithUploadLimit: 4 * 1024 * 1024,
    /** Files uploaded at once by the tools and the Action (each file is one upload). */
    concurrency: 4
};

;// CONCATENATED MODULE: ./src/common/units.ts
/**
 * Parsing and formatting of the numbers a user types or reads: sizes, counts, seconds, rates.
 * Parsers throw a UsageError whose one-line message names the input (`what`) and the fix.
 */


const SIZE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgtpe])(i)?)?(b)?$/i;
const PREFIX_POWER = { k: 1, m: 2, g: 3, t: 4, p: 5, e: 6 };
/**
 * A number of bytes: `123`, `123B`, `8MiB`, `8 MiB`, `1.5GiB`, `64KiB`, `10MB`, `1kB`, `8M`.
 * SI prefixes (kB, MB, ...) are powers of 1000, IEC prefixes (KiB, MiB, ...) powers of 1024;
 * the unit is case-insensitive and the trailing `B` optional. The result is a whole number of
 * bytes, at least `min` (1 unless given: a length may be 0, a chunk size not).
 */
function parseSize(text, what, min = 1) {
    const trimmed = text.trim();
    const match = SIZE_PATTERN.exec(trimmed);
    if (match === null) {
        throw new UsageError(`${what}: ${JSON.stringify(text)} is not a size; use a number of bytes or a unit such as 8MiB`);
    }
    const [, number, prefix, binary] = match;
    const power = prefix === undefined ? 0 : PREFIX_POWER[prefix.toLowerCase()];
    const base = binary === undefined ? 1000 : 1024;
    const bytes = Number(number) * base ** power;
    if (!Number.isInteger(bytes)) {
        throw new UsageError(`${what}: ${JSON.stringify(text)} is not a whole number of bytes; use e.g. 1536 or 1.5KiB`);
    }
    if (bytes < min)
        throw new UsageError(`${what}: ${JSON.stringify(text)} is too small; use at least 1 byte`);
    if (!Number.isSafeInteger(bytes)) {
        throw new UsageError(`${what}: ${JSON.stringify(text)} is too large; use at most ${formatBytes(Number.MAX_SAFE_INTEGER)}`);
    }
    return bytes;
}
/** A whole number within `min`..`max` (inclusive), e.g. a retry count or a concurrency. */
function parseCount(text, what, range) {
    const { min, max } = range;
    const expected = max === undefined ? `use ${min} or more` : `use a whole number from ${min} to ${max}`;
    const trimmed = text.trim();
    if (!/^[+-]?\d+$/.test(trimmed)) {
        throw new UsageError(`${what}: ${JSON.stringify(text)} is not a whole number; ${expected}`);
    }
    const value = Number(trimmed);
    if (value < min)
        throw new UsageError(`${what}: ${JSON.stringify(text)} is too small; ${expected}`);
    if ((max !== undefined && value > max) || !Number.isSafeInteger(value)) {
        const limit = max === undefined ? `use a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}` : expected;
        throw new UsageError(`${what}: ${JSON.stringify(text)} is too large; ${limit}`);
    }
    return value;
}
/** A non-negative number of seconds, fractions allowed: `0`, `2`, `1.5`, `.25`. */
function parseSeconds(text, what, options = {}) {
    const trimmed = text.trim();
    const expected = options.positive ? 'use a number of seconds above 0, e.g. 30 or 1.5' : 'use 0 or more seconds, e.g. 2 or 0.5';
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
        throw new UsageError(`${what}: ${JSON.stringify(text)} is not a number of seconds; ${expected}`);
    }
    const value = Number(trimmed);
    if (!(value <= MAX_WAIT_SECONDS)) {
        throw new UsageError(`${what}: ${JSON.stringify(text)} is too large; use at most ${MAX_WAIT_SECONDS} seconds (24.8 days)`);
    }
    if (options.positive && value === 0)
        throw new UsageError(`${what}: ${JSON.stringify(text)} is too small; ${expected}`);
    return value;
}
const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
const SI_RATE_UNITS = ['B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s', 'PB/s', 'EB/s'];
/** Two or three significant digits: one decimal below 10, none above ("1.2", "8", "85", "512"). */
function scaled(value, base, units) {
    let unit = 0;
    while (value >= base && unit < units.length - 1) {
        value /= base;
        unit++;
    }
    if (unit === 0)
        return `${Math.round(value)} ${units[0]}`;
    let shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
    if (Number(shown) >= base && unit < units.length - 1) {
        unit++;
        shown = (Number(shown) / base).toFixed(1).replace(/\.0$/, '');
    }
    return `${shown} ${units[unit]}`;
}
/** "1 file", "3 files", "1 retry", "0 retries". */
function countOf(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}
/** A size for people, in IEC units: "512 B", "1.5 KiB", "1.2 GiB", "85 MiB". */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return '? B';
    return scaled(bytes, 1024, IEC_UNITS);
}
/** A transfer rate in SI units, as curl and most tools show them: "85 MB/s", "512 B/s". */
function formatRate(bytesPerSecond) {
    if (!Number.isFinite(bytesPerSecond) || bytesPerSecond < 0)
        return '? B/s';
    return scaled(bytesPerSecond, 1000, SI_RATE_UNITS);
}
/** Under this size a transfer's rate says little: its time is mostly round trips. */
const RATE_MIN_BYTES = 1024 * 1024;
/** The rate of a transfer for people, or undefined when it would say little (small, or no time). */
function transferRate(bytes, elapsedMs) {
    return bytes >= RATE_MIN_BYTES && elapsedMs > 0 ? formatRate((bytes * 1000) / elapsedMs) : undefined;
}
/** A duration for people: "850ms", "4.2s", "42s", "3m05s", "2h07m". */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 10_000) {
        const s = (ms / 1000).toFixed(1);
        return s === '10.0' ? '10s' : `${s}s`;
    }
    const totalSeconds = Math.round(ms / 1000);
    if (totalSeconds < 60)
        return `${totalSeconds}s`;
    if (totalSeconds < 3600) {
        return `${Math.floor(totalSeconds / 60)}m${String(totalSeconds % 60).padStart(2, '0')}s`;
    }
    const totalMinutes = Math.round(totalSeconds / 60);
    return `${Math.floor(totalMinutes / 60)}h${String(totalMinutes % 60).padStart(2, '0')}m`;
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/tus/text.ts
/**
 * Text that came from elsewhere (a server's answer, a file name), made safe to print on one line:
 * control characters as \xNN (\n and \r as such), C1 controls and the bidirectional overrides and
 * isolates (which reorder what follows on screen) as \uNNNN. A terminal then runs no escape
 * sequence (a title, a colour, OSC 52 writing the clipboard) and a log gets no line the text made.
 */
function escapeControls(text) {
    return text
        // eslint-disable-next-line no-control-regex
        .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, c => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))
        .replace(/[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/tus/url.ts
/** URLs as the client takes them: http(s) only, parsed once, and shown without user:password. */

// Parsed URLs by text: a batch of files parses the same endpoint for every upload and request.
// The URLs handed out are shared, so nothing here may change them (publicUrl copies first).
const parsedUrls = new Map();
const PARSED_URLS_KEPT = 64;
function cachedUrl(url) {
    let parsed = parsedUrls.get(url);
    if (parsed === undefined) {
        parsed = new URL(url);
        if (parsedUrls.size >= PARSED_URLS_KEPT)
            parsedUrls.clear();
        parsedUrls.set(url, parsed);
    }
    return parsed;
}
function parseHttpUrl(url, what) {
    let parsed;
    try {
        parsed = cachedUrl(url);
    }
    catch {
        throw new errors_TusError('INVALID_INPUT', `${what}: ${JSON.stringify(redactCredentials(url))} is not a URL; use an absolute http:// or https:// URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new errors_TusError('INVALID_INPUT', `${what}: scheme '${parsed.protocol.slice(0, -1)}' is not supported; use an http:// or https:// URL`);
    }
    if (parsed.username !== '' || parsed.password !== '') {
        decodeCredential(parsed.username, what);
        decodeCredential(parsed.password, what);
    }
    return parsed;
}
/**
 * The user:password (or a lone user, a token) of a text that is no valid URL, which the URL
 * parser cannot take apart: to the last @ (a password may hold a /, as base64 tokens do), unless
 * what comes before that @ reads as host:port/path (an @ in the path).
 */
function textCredentials(text) {
    const match = /^([a-z][a-z0-9+.-]*:\/\/)(.*)@[^@]*$/i.exec(text);
    if (match === null)
        return undefined;
    const [, scheme, userinfo] = match;
    if (userinfo === '' || /^[^:/@]*(:\d*)?\//.test(userinfo))
        return undefined;
    const colon = userinfo.indexOf(':');
    const start = scheme.length;
    const at = start + userinfo.length;
    return colon < 0 ? { user: userinfo, start, at } : { user: userinfo.slice(0, colon), password: userinfo.slice(colon + 1), start, at };
}
/** A text that is no valid URL, with its credentials written `user:***@` (a lone user `***@`). */
function redactCredentials(text) {
    const credentials = textCredentials(text);
    if (credentials === undefined)
        return text;
    const shown = credentials.password === undefined ? '***' : `${credentials.user}:***`;
    return `${text.slice(0, credentials.start)}${shown}${text.slice(credentials.at)}`;
}
function decodeCredential(value, what) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        throw new errors_TusError('INVALID_INPUT', `${what}: the user:password in it has a malformed %-escape; write a % in it as %25`);
    }
}
/** The URL as it may be logged or reported: without user:password. */
function publicUrl(url) {
    if (typeof url !== 'string' && url.username === '' && url.password === '')
        return url.href;
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
}

;// CONCATENATED MODULE: ./src/tus/failures.ts
/** What a failed request means: the error a caller gets, a hint at the fix, and whether to retry. */



/** The start of an answer's body, on one line: enough to tell a proxy's HTML page from a tus answer. */
function bodySnippet(response) {
    return escapeControls(response.body.trim().replace(/\s+/g, ' ').slice(0, 200));
}
/** A request that got no answer: what happened, a hint at the fix, and whether a retry may help. */
function networkFailure(what, error, context) {
    const code = error?.code;
    // Not instanceof Error: errors from another realm (a VM context) have a message too.
    const reason = typeof error?.message === 'string' ? error.message : String(error);
    // OpenSSL's messages hold line breaks: a log line stays one line.
    const oneLine = reason.replace(/\s*\n\s*/g, ' ').trim();
    const hint = networkHint(code, oneLine, context);
    const retryable = hint.retryable && !NOT_TRANSIENT.has(code ?? '');
    return new errors_TusError('NETWORK', `${what}: ${oneLine}${hint.text}`, { cause: error, retryable });
}
// Errors that the same request would meet again: not worth a retry.
const NOT_TRANSIENT = new Set([
    'ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_HTTP_INVALID_HEADER_VALUE', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_URL'
]);
// TLS alerts a server sends when it wants a client certificate, or does not take the one sent.
const CLIENT_CERT_ALERT = /ALERT_(CERTIFICATE_REQUIRED|HANDSHAKE_FAILURE|BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_UNKNOWN|CERTIFICATE_EXPIRED|CERTIFICATE_REVOKED|ACCESS_DENIED)/;
function networkHint(code, message, context) {
    if (code !== undefined && CLIENT_CERT_ALERT.test(code)) {
        const text = context.clientCertGiven
            ? ' (the server did not take the client certificate given (tls.cert, --cert, cert-file): check that it is the one it expects, signed by a CA it trusts)'
            : ' (the server asks for a client certificate: give it with tls.cert and tls.key, --cert and --key, cert-file and key-file)';
        return { text, retryable: false };
    }
    if (code !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) {
        const trust = context.caGiven ? 'the CA given (tls.ca, --ca, ca-file) did not sign it: check that file' : 'trust its CA (tls.ca, --ca, ca-file)';
        return { text: ` (the server certificate is not trusted: ${trust}, or skip verification (tls.insecure, --insecure, insecure-ssl))`, retryable: false };
    }
    // https:// to a plain-http port: the first answer is not a TLS record.
    if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || (code === 'EPROTO' && /wrong version number|packet length too long/.test(message))) {
        return { text: ' (the server does not speak TLS on that port: use http://, or the https port)', retryable: false };
    }
    // A server that does not take the client certificate may just close the connection (TLS 1.3).
    if (context.clientCertGiven && !context.plainHttp && code === 'ECONNRESET') {
        return { text: ' (a server that does not take the client certificate given (tls.cert, --cert, cert-file) closes the connection so: check that certificate)', retryable: true };
    }
    // http:// to a TLS port: the server drops what is not a TLS handshake.
    if (context.plainHttp && code === 'ECONNRESET' && message === 'socket hang up') {
        return { text: ' (the server closed the connection without an answer; if it speaks TLS on that port, use https://)', retryable: true };
    }
    switch (code) {
        case 'ECONNREFUSED':
            return { text: ' (nothing listens there: check the host and port, and that the server runs)', retryable: true };
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return { text: ' (the host name does not resolve: check it)', retryable: true };
        default:
            return { text: '', retryable: true };
    }
}
/** Turns an unexpected status into a TusError; retryable where waiting may help. */
function failures_statusError(response, expected) {
    const { status } = response;
    const retryable = (status >= 500 && status !== 501 && status !== 505) || status === 409 || status === 423 || status === 429;
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(response.headers['retry-after']) : undefined;
    const snippet = bodySnippet(response);
    const hint = statusHint(response);
    return new errors_TusError('HTTP', `${methodLabel(response.method, response.methodOverridden)} ${publicUrl(response.url)} answered ${status}, expected ${expected}${hint}${snippet ? `: ${snippet}` : ''}`, { status, body: snippet, method: response.method, url: response.url, retryable, retryAfterMs });
}
/** The method as messages name it: `PATCH (as POST)` when it went with X-HTTP-Method-Override. */
function methodLabel(method, overridden = false) {
    return overridden ? `${method} (as POST)` : method;
}
function statusHint(response) {
    const refusable = response.method === 'PATCH' || response.method === 'DELETE';
    if (response.methodOverridden && response.status < 500 && ![401, 403, 409, 423, 429].includes(response.status)) {
        return ` (sent as POST with X-HTTP-Method-Override: ${response.method}: the server does not seem to honour the header, and may have taken it for another request; tusd honours it, @tus/server does not)`;
    }
    switch (response.status) {
        case 401:
        case 403:
            if (response.credentialsWithheld) {
                return " (the custom headers were not sent: this is not the endpoint's origin; allow it with allowCrossOriginHeaders / --allow-cross-origin-headers / allow-cross-origin-headers)";
            }
            return refusable && !response.methodOverridden
                ? ` (check the credentials in the headers; or a proxy refuses ${response.method}: see methodOverride / --method-override / method-override)`
                : ' (check the credentials in the headers)';
        case 412:
            return ` (the server does not speak tus 1.0.0; it offers ${response.headers['tus-version'] ?? 'no version'})`;
        case 413:
            return response.method === 'PATCH'
                ? ' (the request is larger than the server or a proxy in front of it accepts: send smaller ones with chunkSize / --chunk-size / chunk-size)'
                : ' (the upload is larger than the server accepts)';
        case 404:
            return response.method === 'POST' ? ' (check the creation URL: the server has no tus endpoint there)' : '';
        case 405:
            if (response.method === 'POST')
                return ' (check the creation URL: the server has no tus endpoint there)';
            return refusable
                ? ` (a proxy or firewall may refuse ${response.method}: send it as POST with methodOverride / --method-override / method-override, if the server honours X-HTTP-Method-Override as tusd does)`
                : '';
        default:
            return '';
    }
}
function parseRetryAfter(value) {
    if (value === undefined)
        return undefined;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: ./src/tus/body.ts
/**
 * Request bodies as @actions/http-client's requestRaw takes them: something it can `pipe()` into
 * the request. A file range is pumped through a small pool of reused buffers, so memory stays
 * flat and the garbage collector has nothing to chase whatever the file size.
 *
 * File reads are synchronous preads of 128 KiB. The data to upload is nearly always in the page
 * cache (a CI artifact was just written), and there a thread-pool round trip (futex, epoll) costs
 * more CPU than the read itself: measured on 1 GiB, 1.5 s of CPU with asynchronous 512 KiB reads,
 * 0.95 s with synchronous 128 KiB ones (128 KiB copies also stay in the CPU's cache).
 */



// 2 MiB in flight per upload keeps a loopback socket full while a read blocks the event loop.
const BUFFERS_IN_FLIGHT = 16;
const BUFFER_BYTES = 128 * 1024;
// Shared by all bodies, so that a batch of small files reuses buffers instead of making garbage.
const MAX_FREE_BUFFERS = 16;
const freeBuffers = [];
function takeBuffer() {
    return freeBuffers.pop() ?? Buffer.allocUnsafeSlow(BUFFER_BYTES);
}
function giveBack(buffer) {
    if (freeBuffers.length < MAX_FREE_BUFFERS)
        freeBuffers.push(buffer);
}
/**
 * Bytes in memory, handed to the socket a slice at a time like a file range: the timeout and the
 * progress then follow what the socket takes, not the moment the whole buffer was queued.
 */
class BufferBody extends external_node_events_namespaceObject.EventEmitter {
    bytes;
    readableEnded = false;
    destroyed = false;
    position = 0;
    inFlight = 0;
    constructor(bytes) {
        super();
        this.bytes = bytes;
    }
    pipe(destination) {
        this.pump(destination);
        return destination;
    }
    destroy() {
        this.destroyed = true;
    }
    pump(destination) {
        while (!this.destroyed && this.inFlight < BUFFERS_IN_FLIGHT && this.position < this.bytes.length) {
            const slice = this.bytes.subarray(this.position, this.position + BUFFER_BYTES);
            this.position += slice.length;
            this.inFlight++;
            this.emit('data', slice);
            destination.write(slice, error => {
                this.inFlight--;
                if (!error)
                    this.pump(destination);
            });
        }
        if (this.position === this.bytes.length && !this.readableEnded && !this.destroyed) {
            this.readableEnded = true;
            destination.end();
        }
    }
}
class FileRangeBody extends external_node_events_namespaceObject.EventEmitter {
    fd;
    path;
    start;
    end;
    readableEnded = false;
    destroyed = false;
    inFlight = 0;
    waiting;
    constructor(fd, path, start, end) {
        super();
        this.fd = fd;
        this.path = path;
        this.start = start;
        this.end = end;
    }
    pipe(destination) {
        this.pump(destination).catch((error) => destination.destroy(error));
        return destination;
    }
    destroy() {
        this.destroyed = true;
        this.waiting?.(undefined);
        this.waiting = undefined;
    }
    async pump(destination) {
        for (let position = this.start; position < this.end;) {
            const buffer = await this.acquire();
            if (buffer === undefined || this.destroyed)
                return;
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(this.fd, buffer, 0, Math.min(buffer.length, this.end - position), position);
            if (bytesRead === 0)
                throw new errors_TusError('SOURCE', `${this.path} became shorter while it was being uploaded`);
            position += bytesRead;
            const chunk = bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
            this.emit('data', chunk);
            // The buffer goes back to the pool only once the socket is done with it.
            destination.write(chunk, () => this.release(buffer));
        }
        this.readableEnded = true;
        destination.end();
    }
    acquire() {
        if (this.inFlight < BUFFERS_IN_FLIGHT) {
            this.inFlight++;
            return Promise.resolve(takeBuffer());
        }
        return new Promise(resolve => (this.waiting = resolve));
    }
    release(buffer) {
        const waiting = this.waiting;
        this.waiting = undefined;
        if (waiting)
            return waiting(buffer);
        this.inFlight--;
        giveBack(buffer);
    }
}

;// CONCATENATED MODULE: ./src/tus/metadata.ts

// Keys travel unencoded in the Upload-Metadata header, separated by "," and " ".
const KEY_PATTERN = /^[\x21-\x7e]+$/;
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function validateMetadataKey(key) {
    if (key.length === 0)
        throw invalidInput('metadata key is empty; use a non-empty ASCII key');
    if (!KEY_PATTERN.test(key) || key.includes(',')) {
        throw invalidInput(`metadata key ${JSON.stringify(key)} is invalid; keys are printable ASCII without spaces or commas`);
    }
}
/**
 * Sets record[key] as an own property, whatever the key: `record['__proto__'] = v` would change
 * the object's prototype instead (a key a server may send, and tusd accepts).
 */
function setEntry(record, key, value) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
/** The value of an Upload-Metadata header. Keys are checked before anything is sent. */
function metadata_encodeMetadata(metadata) {
    const pairs = [];
    for (const [key, value] of Object.entries(metadata)) {
        validateMetadataKey(key);
        if (value === null)
            pairs.push(key);
        else if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
            throw invalidInput(`metadata ${JSON.stringify(key)}: the value must be a string, bytes or null, got ${typeof value}`);
        }
        else
            pairs.push(`${key} ${Buffer.from(value).toString('base64')}`);
    }
    return pairs.join(',');
}
/** Parses a server's Upload-Metadata header. Malformed base64 is an error, not silently garbage. */
function decodeMetadata(header) {
    const metadata = {};
    if (header === undefined || header.trim() === '')
        return metadata;
    for (const pair of header.split(',')) {
        // An empty pair ("a YQ==,,b" or a trailing comma) is skipped, as tusd does.
        if (pair.trim() === '')
            continue;
        // "key " (a trailing space) is an empty value; "key" alone has no value.
        const parts = pair.trimStart().split(' ');
        const key = parts[0];
        if (parts.length > 2 || key === '' || !KEY_PATTERN.test(key)) {
            throw malformed(header, `pair ${JSON.stringify(pair.trim())} is not "key base64value"`);
        }
        if (Object.hasOwn(metadata, key))
            throw malformed(header, `key ${JSON.stringify(key)} appears twice`);
        const encoded = parts[1];
        if (encoded === undefined) {
            setEntry(metadata, key, null);
            continue;
        }
        if (!BASE64_PATTERN.test(encoded)) {
            throw malformed(header, `the value of ${JSON.stringify(key)} is not valid base64`);
        }
        setEntry(metadata, key, Buffer.from(encoded, 'base64'));
    }
    return metadata;
}
function malformed(header, why) {
    const shown = header.length > 120 ? `${header.slice(0, 120)}...` : header;
    return new errors_TusError('PROTOCOL', `server sent malformed Upload-Metadata (${why}): ${shown}`);
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Values as text: UTF-8 where valid, otherwise each byte outside printable ASCII as \xNN. */
function metadataToStrings(metadata) {
    const strings = {};
    for (const [key, value] of Object.entries(metadata)) {
        setEntry(strings, key, value === null ? null : bytesToText(value));
    }
    return strings;
}
function bytesToText(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        let text = '';
        for (const byte of bytes) {
            text +=
                byte >= 0x20 && byte < 0x7f && byte !== 0x5c
                    ? String.fromCharCode(byte)
                    : `\\x${byte.toString(16).padStart(2, '0')}`;
        }
        return text;
    }
}

;// CONCATENATED MODULE: ./src/tus/protocol.ts
/** The tus 1.0.0 vocabulary, and parsers for the headers a server sends back. */


const protocol_TUS_VERSION = '1.0.0';
const OFFSET_CONTENT_TYPE = 'application/offset+octet-stream';
const EXTENSION = {
    creation: 'creation',
    creationWithUpload: 'creation-with-upload',
    creationDeferLength: 'creation-defer-length',
    termination: 'termination',
    expiration: 'expiration',
    checksum: 'checksum',
    concatenation: 'concatenation'
};
/**
 * Headers the client sets itself, with why: a caller's value is never sent (the library drops
 * it; the tools and the Action refuse it). `Host` is not among them: it may be overridden, for an
 * endpoint given by address behind a name-based ingress.
 */
const CLIENT_HEADERS = new Map([
    ...['tus-resumable', 'upload-offset', 'upload-length', 'upload-defer-length', 'upload-metadata', 'upload-concat', 'upload-checksum', 'content-type']
        .map(name => [name, 'set by the tus protocol itself']),
    ['content-length', 'set by the client from the body'],
    ['transfer-encoding', 'set by the client from the body'],
    ['connection', 'managed by the client (keep-alive)'],
    ['user-agent', 'set by the client (it names tus-upload-action and its version)'],
    ['x-http-method-override', "set by the client when PATCH must go as POST (the library's methodOverride, tus-upload's --method-override, the Action's method-override)"]
]);
function header(response, name) {
    const value = response.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
}
function commaList(value) {
    if (value === undefined)
        return [];
    return value.split(',').map(item => item.trim()).filter(item => item !== '');
}
/** A non-negative integer header; `undefined` when absent, an error when malformed. */
function integerHeader(response, name) {
    const value = header(response, name);
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) {
        throw new errors_TusError('PROTOCOL', `${methodLabel(response.method, response.methodOverridden)} ${response.url}: the server sent ${name} ${JSON.stringify(value)}, which is not a whole number from 0 to 2^53 - 1`);
    }
    return Number(value);
}
function requiredOffset(response) {
    const offset = integerHeader(response, 'Upload-Offset');
    if (offset === undefined) {
        throw new errors_TusError('PROTOCOL', `${methodLabel(response.method, response.methodOverridden)} ${response.url} answered ${response.status} without Upload-Offset: is this a tus server?`);
    }
    return offset;
}

;// CONCATENATED MODULE: ./src/tus/version.ts
/** Kept equal to package.json's version by a test; a constant avoids reading package.json at run time. */
const VERSION = '0.1.0';
const USER_AGENT = `tus-upload-action/${VERSION} (+https://github.com/tus-upload-action/tus-upload-action)`;

;// CONCATENATED MODULE: ./src/tus/http.ts
/**
 * The one door to the network. Requests go through @actions/http-client (its agents, keep-alive
 * and proxy support), but redirects, timeouts, TLS settings and which headers go where are
 * decided here, per request, so that a caller's own HttpClient works unchanged. (Retries: retry.ts.)
 */











const MAX_REDIRECTS = 5;
const BODY_SNIPPET_BYTES = 512;
// More of a response body than a tus answer ever holds: the rest is not read.
const MAX_RESPONSE_BODY_BYTES = 64 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** A client as this library wants it: keep-alive, and redirects left to us. */
function createHttpClient() {
    return new lib_HttpClient(USER_AGENT, [], { keepAlive: true, allowRedirects: false });
}
/**
 * `home` is the URL whose origin the headers, the client's handlers and its user:password belong
 * to: the endpoint of an upload, or for a call on an upload URL `options.endpoint` when given.
 */
function createContext(url, options, home = options.endpoint ?? url) {
    const target = parseHttpUrl(url, 'URL');
    const homeUrl = parseHttpUrl(home, 'endpoint');
    const headers = {};
    for (const [name, value] of Object.entries(options.headers ?? {})) {
        checkHeader(name, value);
        setEntry(headers, name, value);
    }
    // Credentials in the URL become a header for the endpoint's origin, never part of a reported
    // URL: the endpoint's, else those of a URL on its origin.
    const credentials = homeUrl.username ? homeUrl : target.username && target.origin === homeUrl.origin ? target : undefined;
    if (credentials && !Object.keys(headers).some(h => h.toLowerCase() === 'authorization')) {
        const user = decodeCredential(credentials.username, 'URL');
        const password = decodeCredential(credentials.password, 'URL');
        headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    const timeout = options.timeout ?? DEFAULTS.timeout;
    if (!(timeout > 0 && timeout <= MAX_WAIT_SECONDS)) {
        throw new errors_TusError('INVALID_INPUT', `timeout must be above 0 and at most ${MAX_WAIT_SECONDS} seconds, got ${timeout}`);
    }
    return {
        client: options.httpClient ?? createHttpClient(),
        ownsClient: options.httpClient === undefined,
        headers,
        origin: homeUrl.origin,
        allowCrossOriginHeaders: options.allowCrossOriginHeaders ?? false,
        methodOverride: options.methodOverride ?? false,
        tls: options.tls ?? {},
        timeoutMs: timeout * 1000,
        signal: options.signal,
        logger: options.logger ?? silentLogger,
        requests: 0,
        retries: 0,
        onRetry: options.onRetry,
        warnedOrigins: new Set()
    };
}
/** A retry through `ctx`: counted, logged as a warning, and told to the caller's onRetry. */
function noteRetry(ctx, message, error, attempt, waitMs) {
    ctx.retries++;
    ctx.logger.warn(message);
    ctx.onRetry?.(error, attempt, waitMs);
}
function closeContext(ctx) {
    if (ctx.ownsClient)
        ctx.client.dispose();
    // A proxy tunnel (`tunnel`) has no destroy().
    for (const agent of Object.values(ctx.fallbackAgents ?? {}))
        agent.destroy?.();
}
/**
 * Runs `fn` with a context made from `options`, closing what it created. `fn` gets the URL without
 * its user:password (which the context sends as a header), so no message can show the password.
 */
async function http_withContext(url, options, fn) {
    const ctx = createContext(url, options);
    try {
        return await fn(ctx, publicUrl(url));
    }
    finally {
        closeContext(ctx);
    }
}
// A header name is an HTTP token (RFC 9110); a value what Node sends: tab, printable ASCII, and the
// bytes 0x80 to 0xFF.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
function checkHeader(name, value) {
    if (!HEADER_NAME.test(name)) {
        throw new errors_TusError('INVALID_INPUT', `header name ${JSON.stringify(name)} is not a valid HTTP token`);
    }
    if (/[\r\n\0]/.test(value)) {
        throw new errors_TusError('INVALID_INPUT', `header ${name}: the value contains CR, LF or NUL; remove the line break`);
    }
    if (!HEADER_VALUE.test(value)) {
        throw new errors_TusError('INVALID_INPUT', `header ${name}: the value has characters beyond Latin-1; HTTP header values are bytes: percent-encode or base64 it`);
    }
}
async function http_send(ctx, request) {
    let url = request.url;
    for (let hop = 0;; hop++) {
        const response = await sendOnce(ctx, request, url);
        const location = response.headers.location;
        if (!REDIRECT_STATUSES.has(response.status) || location === undefined)
            return response;
        if (hop >= MAX_REDIRECTS) {
            throw new errors_TusError('PROTOCOL', `${request.method} ${publicUrl(request.url)}: more than ${MAX_REDIRECTS} redirects`, { status: response.status });
        }
        const next = resolveUrl(location, url, 'redirect');
        ctx.logger.debug(`${methodLabel(request.method, response.methodOverridden)} ${publicUrl(url)} redirected (${response.status}) to ${publicUrl(next)}`);
        url = next;
    }
}
/**
 * Resolves a Location (RFC 3986) and applies the origin rules: no https to http downgrade;
 * user headers leave the endpoint's origin only when allowed (checked per request in sendOnce).
 * With `ctx` (an upload's Location), a name the Host header gave stands for the endpoint's address.
 */
function resolveUrl(location, base, what, ctx) {
    let resolved;
    try {
        resolved = new URL(location, base);
    }
    catch {
        throw new errors_TusError('PROTOCOL', `server sent ${article(what)} ${what} Location that is not a URL: ${JSON.stringify(location)}; the server or a proxy in front of it is misconfigured`);
    }
    if (ctx !== undefined)
        resolved = throughHostHeader(ctx, resolved);
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
        throw new errors_TusError('PROTOCOL', `server sent ${article(what)} ${what} Location with scheme ${resolved.protocol.slice(0, -1)}: ${JSON.stringify(location)}; only http and https are followed`);
    }
    if (cachedUrl(base).protocol === 'https:' && resolved.protocol === 'http:') {
        throw new errors_TusError('PROTOCOL', `refusing ${what} from https to http (${publicUrl(resolved)}): it would send the upload unencrypted`);
    }
    return resolved.href;
}
/**
 * A server behind a name-based ingress builds its Location from the Host it was sent (tusd and
 * @tus/server do, often as http:// when TLS ends in front of them): with a Host header given, a
 * Location on that name (and on its port, when the header gave one) goes to the endpoint's
 * scheme and address.
 */
function throughHostHeader(ctx, target) {
    const host = Object.entries(ctx.headers).find(([name]) => name.toLowerCase() === 'host')?.[1];
    if (host === undefined || target.origin === ctx.origin)
        return target;
    let named;
    try {
        named = new URL(`http://${host.trim()}`);
    }
    catch {
        return target;
    }
    const explicitPort = named.port !== '' && named.port !== '443' ? named.port : '';
    if (target.hostname !== named.hostname || (explicitPort !== '' && target.port !== explicitPort))
        return target;
    const home = new URL(ctx.origin);
    const rewritten = new URL(target.href);
    rewritten.protocol = home.protocol;
    rewritten.host = home.host;
    ctx.logger.debug(`${publicUrl(target)} names the Host header's ${host}: sent to ${home.host} instead`);
    return rewritten;
}
function article(word) {
    return /^[aeiou]/.test(word) ? 'an' : 'a';
}
/** Custom headers and the client's handlers (credentials, most often) stay with the endpoint's origin unless allowed. */
function sharesCredentials(ctx, target) {
    if (target.origin === ctx.origin || ctx.allowCrossOriginHeaders)
        return true;
    const hasHandlers = (ctx.client.handlers ?? []).length > 0;
    if (withholdsCredentials(ctx, target) && !ctx.warnedOrigins.has(target.origin)) {
        ctx.warnedOrigins.add(target.origin);
        ctx.logger.warn(`not sending the custom headers${hasHandlers ? " (nor running the client's request handlers)" : ''} to ${target.origin}: it is not the endpoint's origin ${ctx.origin} (allow with allowCrossOriginHeaders / --allow-cross-origin-headers / allow-cross-origin-headers)`);
    }
    return false;
}
/** True when a request to `target` goes without the custom headers or handlers the caller gave. */
function withholdsCredentials(ctx, target) {
    if (target.origin === ctx.origin || ctx.allowCrossOriginHeaders)
        return false;
    return Object.keys(ctx.headers).length > 0 || (ctx.client.handlers ?? []).length > 0;
}
function headersFor(ctx, request, target, shared) {
    const headers = {};
    if (shared) {
        const sameOrigin = target.origin === ctx.origin;
        for (const [name, value] of Object.entries(ctx.headers)) {
            const lower = name.toLowerCase();
            // A Host names the endpoint's server: never another origin's.
            if (!CLIENT_HEADERS.has(lower) && (sameOrigin || lower !== 'host'))
                setEntry(headers, name, value);
        }
    }
    Object.assign(headers, request.headers);
    if (overridden(ctx, request))
        headers['X-HTTP-Method-Override'] = request.method;
    headers['User-Agent'] = USER_AGENT;
    if (request.contentLength !== undefined)
        headers['Content-Length'] = String(request.contentLength);
    return headers;
}
const OVERRIDABLE_METHODS = new Set(['PATCH', 'DELETE']);
/** Whether `request` goes as a POST carrying its method in X-HTTP-Method-Override. */
function overridden(ctx, request) {
    return ctx.methodOverride && OVERRIDABLE_METHODS.has(request.method);
}
// The client's agent per origin: its getAgent parses the URL and reads the proxy variables anew
// on every call, for an answer that does not change within a run.
const clientAgents = new WeakMap();
function clientAgent(client, target) {
    let perClient = clientAgents.get(client);
    if (perClient === undefined)
        clientAgents.set(client, (perClient = new Map()));
    let agent = perClient.get(target.origin);
    if (agent === undefined)
        perClient.set(target.origin, (agent = client.getAgent(target.href)));
    return agent;
}
/** The scheme an agent serves: a tunnel's target is https when it is made for port 443. */
function agentScheme(agent) {
    if (agent.proxyOptions !== undefined)
        return agent.defaultPort === 443 ? 'https:' : 'http:';
    return agent.protocol ?? 'http:';
}
/**
 * The client's agent when it serves the target's scheme, else one of this context's own.
 * http-client keeps one agent per client (one proxy tunnel for every scheme), made for the
 * scheme it saw first: an https request through an http tunnel would go unencrypted. And a
 * tunnel takes its TLS settings from its own options, not from the request's.
 */
function agentFor(ctx, target) {
    const agent = clientAgent(ctx.client, target);
    const tunnel = agent.proxyOptions !== undefined;
    const ownTls = tunnel && target.protocol === 'https:' && (ctx.tls.ca !== undefined || ctx.tls.insecure === true || ctx.tls.cert !== undefined);
    if (agentScheme(agent) === target.protocol && !ownTls)
        return agent;
    ctx.fallbackAgents ??= {};
    const scheme = target.protocol;
    const key = `${scheme}${tunnel ? ' tunnel' : ''}`;
    ctx.fallbackAgents[key] ??= tunnel ? tunnelAgent(ctx, target) : scheme === 'https:' ? new external_node_https_namespaceObject.Agent({ keepAlive: true }) : new external_node_http_namespaceObject.Agent({ keepAlive: true });
    return ctx.fallbackAgents[key];
}
/** The https.request options of the TLS settings: verification, a CA, a client certificate. */
function tlsRequestOptions(tls) {
    const options = { rejectUnauthorized: tls.insecure !== true };
    if (tls.ca !== undefined)
        options.ca = tls.ca;
    if (tls.cert !== undefined)
        options.cert = tls.cert;
    if (tls.key !== undefined)
        options.key = tls.key;
    if (tls.passphrase !== undefined)
        options.passphrase = tls.passphrase;
    return options;
}
/** A proxy tunnel for the target's scheme, made by a client of our own, carrying the context's TLS settings. */
function tunnelAgent(ctx, target) {
    const agent = createHttpClient().getAgent(target.href);
    if (target.protocol === 'https:') {
        agent.options = Object.assign(agent.options ?? {}, tlsRequestOptions(ctx.tls));
    }
    return agent;
}
function requestInfo(ctx, request, target, watchdog) {
    const https_ = target.protocol === 'https:';
    const shared = sharesCredentials(ctx, target);
    const options = {
        host: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port ? Number(target.port) : https_ ? 443 : 80,
        path: target.pathname + target.search,
        method: overridden(ctx, request) ? 'POST' : request.method,
        headers: headersFor(ctx, request, target, shared),
        agent: agentFor(ctx, target)
    };
    if (https_) {
        Object.assign(options, tlsRequestOptions(ctx.tls));
    }
    if (shared)
        for (const handler of ctx.client.handlers ?? [])
            handler.prepareRequest(options);
    // requestRaw makes its request through `httpModule`: this hands the request to the watchdog.
    const module = https_ ? external_node_https_namespaceObject : external_node_http_namespaceObject;
    const httpModule = {
        request: (opts, callback) => watchdog.attach(module.request(opts, callback))
    };
    return { options, parsedUrl: target, httpModule };
}
// The requests under way for each caller signal: one listener per signal, not one per request
// (AbortSignal.any, or a listener each, cost more than the rest of a small request's set-up).
const underWay = new WeakMap();
function watch(caller, watchdog) {
    let watchdogs = underWay.get(caller);
    if (watchdogs === undefined) {
        const set = (watchdogs = new Set());
        underWay.set(caller, set);
        caller.addEventListener('abort', () => set.forEach(w => w.abort()), { once: true });
    }
    watchdogs.add(watchdog);
}
/**
 * One request's abort switch: destroys the request when nothing moves for `timeoutMs` (`touch()`
 * on every byte that moves) or when the caller's signal fires. It destroys the request itself
 * rather than passing an AbortSignal to http.request: a signal per request (a controller, and
 * the stream's abort listener) was the largest part of a small request's set-up cost.
 */
class Watchdog {
    what;
    caller;
    request;
    timer;
    /** Why the request was stopped: a TIMEOUT TusError, or an ABORTED one. */
    failure;
    constructor(timeoutMs, what, caller) {
        this.what = what;
        this.caller = caller;
        this.timer = setTimeout(() => {
            this.fail(new errors_TusError('TIMEOUT', `${what}: no progress for ${timeoutMs / 1000} s`, { retryable: true }));
        }, timeoutMs);
        if (caller)
            watch(caller, this);
    }
    attach(request) {
        this.request = request;
        if (this.failure)
            process.nextTick(() => request.destroy(this.failure));
        return request;
    }
    abort() {
        this.fail(abortedError(this.what));
    }
    fail(error) {
        if (this.failure)
            return;
        this.failure = error;
        this.request?.destroy(error);
    }
    touch() {
        this.timer.refresh();
    }
    stop() {
        clearTimeout(this.timer);
        if (this.caller)
            underWay.get(this.caller)?.delete(this);
    }
}
async function sendOnce(ctx, request, url) {
    const target = cachedUrl(url);
    const what = `${methodLabel(request.method, overridden(ctx, request))} ${publicUrl(target)}`;
    const signal = request.signal ?? ctx.signal;
    if (signal?.aborted)
        throw abortedError(what);
    const body = bodyStream(request); // before the watchdog: a body that cannot be made leaves no timer
    const watchdog = new Watchdog(ctx.timeoutMs, what, signal);
    body?.on('data', chunk => {
        watchdog.touch();
        request.onBodyData?.(chunk.length);
    });
    const started = Date.now();
    ctx.requests++;
    try {
        const info = requestInfo(ctx, request, target, watchdog);
        const raw = await requestRaw(ctx.client, info, body);
        const message = raw.message;
        const bodyText = await readSnippet(message).catch((error) => {
            // A successful answer's headers hold all a tus client needs (Location, Upload-Offset): a body
            // that breaks off or trickles past the timeout after them must not cost a retry (a retried
            // creation would make a second upload).
            if ((message.statusCode ?? 0) >= 400 || signal?.aborted)
                throw error;
            message.socket?.destroy();
            return '';
        });
        // An early answer (say 413 before the body was read) leaves the socket mid-request.
        if (body && !body.readableEnded)
            message.socket?.destroy();
        const status = message.statusCode ?? 0;
        ctx.logger.debug(`${what} -> ${status} (${Date.now() - started} ms)`);
        return { status, headers: message.headers, body: bodyText, url, method: request.method, credentialsWithheld: withholdsCredentials(ctx, target), methodOverridden: overridden(ctx, request) };
    }
    catch (error) {
        ctx.logger.debug(`${what} -> failed (${Date.now() - started} ms)`);
        throw networkError(signal, watchdog, what, error, { caGiven: ctx.tls.ca !== undefined, clientCertGiven: ctx.tls.cert !== undefined, plainHttp: target.protocol === 'http:' });
    }
    finally {
        watchdog.stop();
        body?.destroy();
    }
}
/**
 * The client's requestRaw, without its promise wrapper when the client does not override it.
 * HttpClient.requestRaw wraps requestRawWithCallback in TypeScript's __awaiter (a generator and
 * promises resolved with promises); on a batch of small files that kept every request's objects
 * alive past two young-generation collections, so the garbage collector copied about 1 MB per
 * collection into the old generation (--trace-gc-nvp): calling requestRawWithCallback directly cut
 * tus-upload's CPU time on 500 files by about 8% and its peak RSS by 6 MiB. A caller's client that
 * overrides requestRaw keeps getting its own method.
 */
function requestRaw(client, info, body) {
    // requestRaw only listens to the body and pipes it: a BodyStream is enough.
    const data = (body ?? null);
    if (client.requestRaw !== lib_HttpClient.prototype.requestRaw)
        return client.requestRaw(info, data);
    return new Promise((resolve, reject) => {
        client.requestRawWithCallback(info, data, (error, response) => (response ? resolve(response) : reject(error ?? new Error('no response'))));
    });
}
function bodyStream(request) {
    if (request.body === undefined)
        return undefined;
    if (Buffer.isBuffer(request.body))
        return new BufferBody(request.body);
    return request.body();
}
/**
 * The first bytes of a response body, as text. Not a byte more than MAX_RESPONSE_BODY_BYTES is
 * read (the connection is closed instead), and the body must end within one timeout of the
 * answer's headers: its data does not count as progress, so that an endless or trickling body
 * cannot hold a request past the timeout.
 */
function readSnippet(message) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let read = 0;
        const text = () => Buffer.concat(chunks).subarray(0, BODY_SNIPPET_BYTES).toString('utf8');
        message.on('data', (chunk) => {
            if (read < BODY_SNIPPET_BYTES)
                chunks.push(chunk);
            read += chunk.length;
            if (read > MAX_RESPONSE_BODY_BYTES) {
                resolve(text()); // before destroy(), which reports the cut as an abort
                message.destroy();
            }
        });
        message.on('end', () => resolve(text()));
        message.on('error', reject);
        message.on('aborted', () => reject(new Error('the server closed the connection in the middle of the response')));
    });
}
function networkError(signal, watchdog, what, error, context) {
    if (watchdog.failure)
        return watchdog.failure;
    if (error instanceof errors_TusError)
        return error;
    if (signal?.aborted)
        return abortedError(what);
    return networkFailure(what, error, context);
}

;// CONCATENATED MODULE: ./src/tus/core.ts





function configuration(endpoint, options = {}) {
    return withContext(endpoint, options, readConfiguration);
}
/** `signal`, when given, stops this request instead of the context's (an OPTIONS shared by many uploads). */
async function readConfiguration(ctx, endpoint, signal) {
    const response = await http_send(ctx, { method: 'OPTIONS', url: endpoint, signal });
    if (response.status !== 200 && response.status !== 204)
        throw failures_statusError(response, '204 No Content');
    const versions = commaList(header(response, 'Tus-Version'));
    if (versions.length === 0 && header(response, 'Tus-Resumable') === undefined) {
        const type = header(response, 'Content-Type') ?? 'no content type';
        throw new errors_TusError('PROTOCOL', `${endpoint} is not a tus server: OPTIONS answered ${response.status} (${type}) without Tus-Version; check the endpoint URL`, { status: response.status, body: bodySnippet(response) });
    }
    if (versions.length > 0 && !versions.includes(protocol_TUS_VERSION)) {
        throw new errors_TusError('UNSUPPORTED', `${endpoint} speaks tus ${versions.join(', ')}, not ${protocol_TUS_VERSION}; this client speaks tus ${protocol_TUS_VERSION} only: use a tus 1.0 endpoint`);
    }
    return {
        versions,
        extensions: commaList(header(response, 'Tus-Extension')),
        maxSize: optionalMaxSize(ctx, response),
        checksumAlgorithms: commaList(header(response, 'Tus-Checksum-Algorithm'))
    };
}
/** Tus-Max-Size is advice: a malformed one ("1GB") is ignored with a warning, not a failed upload. */
function optionalMaxSize(ctx, response) {
    try {
        return integerHeader(response, 'Tus-Max-Size');
    }
    catch (error) {
        ctx.logger.warn(`${error.message}; ignoring it`);
        return undefined;
    }
}
function offset(uploadUrl, options = {}) {
    return http_withContext(uploadUrl, options, readState);
}
async function readState(ctx, uploadUrl) {
    const response = await http_send(ctx, { method: 'HEAD', url: uploadUrl, headers: { 'Tus-Resumable': protocol_TUS_VERSION } });
    if (response.status !== 200 && response.status !== 204)
        throw failures_statusError(response, '200 OK');
    const state = {
        offset: requiredOffset(response),
        length: integerHeader(response, 'Upload-Length'),
        metadata: decodeMetadata(header(response, 'Upload-Metadata'))
    };
    if (state.length !== undefined && state.offset > state.length) {
        throw new errors_TusError('PROTOCOL', `${uploadUrl}: the server's offset ${state.offset} is beyond the upload length ${state.length}`);
    }
    const expires = header(response, 'Upload-Expires');
    if (expires !== undefined && !Number.isNaN(Date.parse(expires)))
        state.expires = new Date(expires);
    return state;
}
async function patch(uploadUrl, uploadOffset, body, options = {}) {
    checkByteCount(uploadOffset, 'offset');
    checkByteCount(options.contentLength, 'contentLength');
    checkByteCount(options.uploadLength, 'uploadLength');
    let contentLength = options.contentLength;
    let payload;
    if (body instanceof Uint8Array) {
        payload = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
        contentLength ??= payload.length;
    }
    else {
        if (contentLength === undefined)
            throw new TusError('INVALID_INPUT', 'patch with a stream needs contentLength');
        let used = false;
        payload = () => {
            // A stream can be sent once: a redirect cannot replay it.
            if (used)
                throw new TusError('INVALID_INPUT', 'patch: a stream body cannot be sent twice (redirected?)');
            used = true;
            return body;
        };
    }
    return withContext(uploadUrl, options, (ctx, url) => patchUpload(ctx, { uploadUrl: url, offset: uploadOffset, body: payload, contentLength: contentLength ?? 0, uploadLength: options.uploadLength }));
}
/** One PATCH; resolves to the server's new offset, checked against what was sent. */
async function patchUpload(ctx, request) {
    const headers = {
        'Tus-Resumable': protocol_TUS_VERSION,
        'Upload-Offset': String(request.offset),
        'Content-Type': OFFSET_CONTENT_TYPE
    };
    if (request.uploadLength !== undefined)
        headers['Upload-Length'] = String(request.uploadLength);
    const response = await http_send(ctx, {
        method: 'PATCH',
        url: request.uploadUrl,
        headers,
        body: request.body,
        contentLength: request.contentLength,
        onBodyData: request.onBodyData
    });
    if (response.status !== 204 && response.status !== 200)
        throw failures_statusError(response, '204 No Content');
    const newOffset = requiredOffset(response);
    checkNewOffset(response, request, newOffset);
    return newOffset;
}
function checkNewOffset(response, request, newOffset) {
    const end = request.offset + request.contentLength;
    if (newOffset < request.offset || newOffset > end) {
        throw new errors_TusError('PROTOCOL', `PATCH ${request.uploadUrl}: the server answered offset ${newOffset} for bytes ${request.offset}-${end}`, { status: response.status });
    }
}
function terminate(uploadUrl, options = {}) {
    return withContext(uploadUrl, options, terminateUpload);
}
async function terminateUpload(ctx, uploadUrl) {
    const response = await send(ctx, { method: 'DELETE', url: uploadUrl, headers: { 'Tus-Resumable': TUS_VERSION } });
    if (response.status !== 204 && response.status !== 200)
        throw statusError(response, '204 No Content');
}

;// CONCATENATED MODULE: ./src/tus/creation.ts





/** One POST, no retries. */
async function create(endpoint, options = {}) {
    const metadataHeader = options.metadata ? encodeMetadata(options.metadata) : undefined;
    const created = await withContext(endpoint, options, (ctx, url) => createUpload(ctx, url, {
        length: options.length,
        deferLength: options.deferLength,
        metadataHeader,
        body: options.body ? bodyOf(options.body) : undefined
    }));
    return { location: created.location, offset: created.offset ?? 0 };
}
function bodyOf(bytes) {
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { length: data.length, data };
}
/** The offset is undefined when a POST with data was answered without Upload-Offset: ask the server. */
async function createUpload(ctx, endpoint, request) {
    if (request.length === undefined && !request.deferLength) {
        throw new errors_TusError('INVALID_INPUT', 'create needs a length, or deferLength for a source of unknown size');
    }
    errors_checkByteCount(request.length, 'length');
    const headers = { 'Tus-Resumable': protocol_TUS_VERSION };
    if (request.length !== undefined)
        headers['Upload-Length'] = String(request.length);
    else
        headers['Upload-Defer-Length'] = '1';
    if (request.metadataHeader)
        headers['Upload-Metadata'] = request.metadataHeader;
    const body = request.body;
    if (body)
        headers['Content-Type'] = OFFSET_CONTENT_TYPE;
    const response = await http_send(ctx, {
        method: 'POST',
        url: endpoint,
        headers,
        body: body?.data,
        contentLength: body ? body.length : 0,
        onBodyData: request.onBodyData
    });
    if (response.status !== 201)
        throw failures_statusError(response, '201 Created');
    const location = header(response, 'Location');
    if (location === undefined || location.trim() === '') {
        throw new errors_TusError('PROTOCOL', `POST ${endpoint} answered 201 without a Location header; the server is not a working tus server`);
    }
    const uploadUrl = resolveUrl(location.trim(), response.url, 'upload', ctx);
    // The upload exists from here on: a failure names it (with offset 0, the least it may hold).
    let offset;
    try {
        offset = body ? integerHeader(response, 'Upload-Offset') : 0;
    }
    catch (error) {
        if (error instanceof errors_TusError)
            Object.assign(error, { uploadUrl, offset: 0 });
        throw error;
    }
    if (body && offset !== undefined && offset > body.length) {
        throw new errors_TusError('PROTOCOL', `POST ${endpoint}: the server answered Upload-Offset ${offset} for a body of ${body.length} bytes`, { uploadUrl, offset: 0 });
    }
    return { location: uploadUrl, offset };
}

;// CONCATENATED MODULE: ./src/tus/retry.ts
/** When and how long to wait before trying again. */


/** A Retry-After longer than this is not waited for in full. */
const MAX_RETRY_AFTER_MS = 10 * 60 * 1000;
function retryPolicy(options = {}) {
    const retries = options.retries ?? DEFAULTS.retries;
    const delay = options.delay ?? DEFAULTS.retryDelay;
    const maxDelay = options.maxDelay ?? Math.max(DEFAULTS.retryMaxDelay, delay);
    if (!Number.isInteger(retries) || retries < 0)
        throw new errors_TusError('INVALID_INPUT', `retries must be a whole number >= 0, got ${retries}`);
    if (!(delay >= 0 && delay <= MAX_WAIT_SECONDS))
        throw new errors_TusError('INVALID_INPUT', `retry delay must be 0 to ${MAX_WAIT_SECONDS} seconds, got ${delay}`);
    if (!(maxDelay >= 0 && maxDelay <= MAX_WAIT_SECONDS)) {
        throw new errors_TusError('INVALID_INPUT', `maximum retry delay must be 0 to ${MAX_WAIT_SECONDS} seconds, got ${maxDelay}`);
    }
    return { retries, delayMs: delay * 1000, maxDelayMs: maxDelay * 1000 };
}
function isRetryable(error) {
    return error instanceof errors_TusError && error.retryable;
}
/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so that many
 * clients cut by one outage do not come back in step. A server's Retry-After is a floor.
 */
function backoffMs(policy, attempt, error) {
    const step = Math.min(policy.maxDelayMs, policy.delayMs * 2 ** Math.max(0, attempt - 1));
    const delay = step / 2 + Math.random() * (step / 2);
    const retryAfter = error instanceof errors_TusError ? error.retryAfterMs : undefined;
    return retryAfter === undefined ? delay : Math.max(delay, Math.min(retryAfter, MAX_RETRY_AFTER_MS));
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new errors_TusError('ABORTED', 'aborted'));
        const onAbort = () => {
            clearTimeout(timer);
            reject(new errors_TusError('ABORTED', 'aborted while waiting to retry'));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Runs a stateless operation (OPTIONS, HEAD) with the retry policy. */
async function withRetries(policy, what, onRetry, signal, operation) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (!isRetryable(error) || attempt > policy.retries)
                throw finalError(error, attempt);
            const wait = backoffMs(policy, attempt, error);
            onRetry(`${what} failed (${error.message}); retry ${attempt} of ${policy.retries} in ${(wait / 1000).toFixed(1)} s`, error, attempt, wait);
            await sleep(wait, signal);
        }
    }
}
/** After a spent budget, the error says so and keeps its cause's details. */
function finalError(error, attempts) {
    if (!(error instanceof errors_TusError) || !error.retryable || attempts <= 1)
        return error;
    // Still a failure of a kind that may pass (retryable): a caller may try again later.
    return new errors_TusError(error.code, `gave up after ${attempts} attempts; last error: ${error.message}`, {
        ...detailsOf(error),
        retryAfterMs: undefined,
        cause: error
    });
}

;// CONCATENATED MODULE: ./src/tus/shared.ts




/** How long a spent retry budget tells the other uploads not to spend theirs. */
const FAILURE_SHARED_MS = 60_000;
// One OPTIONS per endpoint, client and request settings (headers, TLS, timeout, retries): a batch
// of small files then costs one request each. A final failure is shared for a minute, an answer
// for ten (a long-lived client sees a changed Tus-Max-Size), and a client keeps the latest 64.
const ANSWER_SHARED_MS = 10 * 60_000;
const MAX_CONFIGURATIONS_PER_CLIENT = 64;
const configurations = new WeakMap();
function cachedConfiguration(ctx, endpoint, policy) {
    let perClient = configurations.get(ctx.client);
    if (!perClient)
        configurations.set(ctx.client, (perClient = new Map()));
    const key = configurationKey(ctx, endpoint, policy);
    let shared = perClient.get(key);
    if (!shared?.usable()) {
        perClient.delete(key);
        if (perClient.size >= MAX_CONFIGURATIONS_PER_CLIENT)
            perClient.delete(perClient.keys().next().value);
        perClient.set(key, (shared = new SharedConfiguration(ctx, endpoint, policy)));
    }
    return shared.wait(ctx.signal, `OPTIONS ${endpoint}`);
}
/** Everything that can change the OPTIONS answer or how it fails: a call with another CA must ask for itself. */
function configurationKey(ctx, endpoint, policy) {
    const ca = [ctx.tls.ca ?? []].flat().map(pem => (typeof pem === 'string' ? pem : Buffer.from(pem).toString('latin1')));
    const cert = ctx.tls.cert === undefined ? '' : Buffer.from(ctx.tls.cert).toString('latin1');
    const tls = `${ctx.tls.insecure === true} ${JSON.stringify(ca)} ${JSON.stringify(cert)}`;
    return `${endpoint} ${policy.retries} ${policy.delayMs} ${policy.maxDelayMs} ${ctx.timeoutMs} ${ctx.allowCrossOriginHeaders} ${tls} ${JSON.stringify(ctx.headers)}`;
}
/**
 * An OPTIONS request, with its retries, for every upload that waits for it. One upload's abort
 * ends only its own wait; the request stops when no upload waits any more.
 */
class SharedConfiguration {
    controller = new AbortController();
    answer;
    waiting = 0;
    pinned = false;
    failedAt;
    startedAt = Date.now();
    constructor(ctx, endpoint, policy) {
        const signal = this.controller.signal;
        const notice = (...retry) => noteRetry(ctx, ...retry);
        this.answer = withRetries(policy, `OPTIONS ${endpoint}`, notice, signal, () => readConfiguration(ctx, endpoint, signal)).catch((error) => {
            // A server that does not answer OPTIONS may still do plain creation.
            if (error instanceof errors_TusError && [404, 405, 501].includes(error.status ?? 0))
                return undefined;
            this.failedAt = Date.now();
            throw error;
        });
        this.answer.catch(() => { }); // when nobody waits any more
    }
    usable() {
        if (this.controller.signal.aborted)
            return false;
        return this.failedAt === undefined ? Date.now() - this.startedAt < ANSWER_SHARED_MS : Date.now() - this.failedAt < FAILURE_SHARED_MS;
    }
    wait(signal, what) {
        if (signal === undefined) {
            this.pinned = true; // a caller that cannot abort keeps the request going
            return this.answer.catch((error) => Promise.reject(ownCopy(error)));
        }
        if (signal.aborted)
            return Promise.reject(abortedError(what));
        this.waiting++;
        return new Promise((resolve, reject) => {
            const leave = () => {
                signal.removeEventListener('abort', onAbort);
                this.waiting--;
            };
            const onAbort = () => {
                leave();
                if (this.waiting === 0 && !this.pinned)
                    this.controller.abort();
                reject(abortedError(what));
            };
            signal.addEventListener('abort', onAbort, { once: true });
            this.answer.then(value => { leave(); resolve(value); }, (error) => { leave(); reject(ownCopy(error)); });
        });
    }
}
function ownCopy(error) {
    return error instanceof errors_TusError ? copyError(error) : error;
}
// The uploads to an endpoint (by client) that gave up after spending their retries on a failure
// that may pass (5xx, network, timeout), since any upload there last made progress. One such
// upload may be its file's own trouble (a server hook refusing it); two are the server's.
const OUTAGE_UPLOADS = 2;
const outages = new WeakMap();
function noteOutage(client, endpoint) {
    let perClient = outages.get(client);
    if (!perClient)
        outages.set(client, (perClient = new Map()));
    const outage = perClient.get(endpoint);
    perClient.set(endpoint, { uploads: (outage?.uploads ?? 0) + 1, lastAt: Date.now() });
}
function clearOutage(client, endpoint) {
    outages.get(client)?.delete(endpoint);
}
/**
 * When other uploads gave up on `endpoint`, the last in the past minute, and none got anywhere
 * since, `error` (a failure that may pass) ends this upload too, unretried, saying why.
 */
function sharedOutage(client, endpoint, error) {
    const outage = outages.get(client)?.get(endpoint);
    if (outage === undefined || outage.uploads < OUTAGE_UPLOADS || Date.now() - outage.lastAt >= FAILURE_SHARED_MS)
        return undefined;
    const ago = Math.round((Date.now() - outage.lastAt) / 1000);
    const why = `${outage.uploads} uploads to ${endpoint} spent their retries, the last ${ago} s ago, and none got anywhere since`;
    return new errors_TusError(error.code, `${error.message}; not retried: ${why}`, { ...detailsOf(error), retryAfterMs: undefined, cause: error });
}

;// CONCATENATED MODULE: ./src/tus/source.ts
/** What is uploaded: a file streamed from disk by byte range, bytes in memory, or a stream. */




async function openSource(source) {
    if (typeof source === 'string')
        return openFile(source);
    if (source instanceof Uint8Array) {
        const bytes = Buffer.isBuffer(source) ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
        return { kind: 'bytes', size: bytes.length, range: (start, end) => bytes.subarray(start, end), close: async () => { } };
    }
    if (source instanceof external_node_stream_namespaceObject.Readable)
        return { kind: 'stream', reader: new ChunkReader(source) };
    throw new errors_TusError('INVALID_INPUT', 'source must be a file path, a Buffer/Uint8Array or a Readable stream');
}
/**
 * Opens the file once for the whole upload: one check that it exists and is readable, and no
 * reopening per request. Synchronous, like the reads (see body.ts): cheaper than a thread-pool trip.
 */
function openFile(path) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied (not readable)' : code === 'EISDIR' ? 'is a directory; name the files in it' : error.message;
        throw new errors_TusError('INVALID_INPUT', `${path}: ${reason}`, { cause: error });
    }
    let info;
    try {
        info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
    }
    catch (error) {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        throw new errors_TusError('SOURCE', `${path}: ${error.message}`, { cause: error });
    }
    if (!info.isFile()) {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        throw new errors_TusError('INVALID_INPUT', `${path}: ${info.isDirectory() ? 'is a directory; name the files in it' : 'not a regular file'}`);
    }
    return {
        kind: 'file',
        size: info.size,
        range: (start, end) => (end <= start ? Buffer.alloc(0) : () => new FileRangeBody(fd, path, start, end)),
        close: async () => (0,external_node_fs_namespaceObject.closeSync)(fd)
    };
}
/** Reads a stream in chunks of a given size; only the last chunk may be shorter. */
class ChunkReader {
    iterator;
    leftover;
    ended = false;
    constructor(stream) {
        this.iterator = stream[Symbol.asyncIterator]();
    }
    async read(size) {
        const parts = [];
        let length = 0;
        while (length < size) {
            let piece = this.leftover;
            this.leftover = undefined;
            if (piece === undefined) {
                const next = await this.iterator.next();
                if (next.done) {
                    this.ended = true;
                    break;
                }
                piece = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
            }
            const wanted = size - length;
            if (piece.length > wanted) {
                this.leftover = piece.subarray(wanted);
                piece = piece.subarray(0, wanted);
            }
            parts.push(piece);
            length += piece.length;
        }
        return parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
    }
}

;// CONCATENATED MODULE: ./src/tus/upload.ts
/** The high-level client: upload with retries and resumption, and metadata read back. */












/** Uploads `source` and resolves to the absolute upload URL. */
async function upload(endpoint, source, options = {}) {
    return (await uploadDetailed(endpoint, source, options)).location;
}
async function uploadDetailed(endpoint, source, options = {}) {
    const started = Date.now();
    const endpointUrl = publicUrl(parseHttpUrl(endpoint, 'endpoint'));
    const policy = retryPolicy(options.retry);
    const chunkSize = options.chunkSize ?? DEFAULTS.chunkSize;
    if (!(chunkSize >= 1) || (Number.isFinite(chunkSize) && !Number.isInteger(chunkSize))) {
        throw new errors_TusError('INVALID_INPUT', `chunk size must be a whole number of bytes >= 1, got ${chunkSize}`);
    }
    const metadataHeader = options.metadata ? metadata_encodeMetadata(options.metadata) : undefined;
    if (options.uploadUrl !== undefined)
        parseHttpUrl(options.uploadUrl, 'upload URL');
    const { uploadLength } = options;
    if (uploadLength !== undefined && !(Number.isSafeInteger(uploadLength) && uploadLength >= 0)) {
        throw new errors_TusError('INVALID_INPUT', `upload length must be a whole number of bytes >= 0, got ${uploadLength}`);
    }
    if (uploadLength !== undefined && !(source instanceof external_node_stream_namespaceObject.Readable)) {
        throw new errors_TusError('INVALID_INPUT', 'upload length is for a stream source: a file or bytes have their own');
    }
    const ctx = createContext(endpoint, options, endpoint);
    let src;
    try {
        src = await openSource(source);
    }
    catch (error) {
        closeContext(ctx);
        throw error;
    }
    const session = new UploadSession(ctx, endpointUrl, src, options, policy, chunkSize, metadataHeader);
    try {
        await session.run();
        return session.result(started);
    }
    catch (error) {
        if (error instanceof errors_TusError && session.uploadUrl !== undefined) {
            error.uploadUrl = session.uploadUrl;
            error.offset = session.offset;
        }
        // A stream the upload began to read is of no use to anyone after a failure: it is ended, not
        // left paused. Bad options fail before that, and leave it untouched (a relay can still answer).
        if (source instanceof external_node_stream_namespaceObject.Readable)
            source.destroy();
        throw error;
    }
    finally {
        closeContext(ctx);
        // Closing a file only read from cannot lose data; its failure must not hide the upload's.
        if (src.kind !== 'stream')
            await src.close().catch(() => { });
    }
}
/** Reads an upload's metadata back (a HEAD, retried as the retry options say). */
async function metadata(uploadUrl, options = {}) {
    parseHttpUrl(uploadUrl, 'upload URL');
    const policy = retryPolicy(options.retry);
    return http_withContext(uploadUrl, options, async (ctx, url) => {
        const notice = (...retry) => noteRetry(ctx, ...retry);
        const state = await withRetries(policy, `HEAD ${url}`, notice, options.signal, () => readState(ctx, url));
        return state.metadata;
    });
}
const GONE = new Set([404, 410]);
/** A failure that says the server is down or broken (5xx, no answer, no progress), not this upload's trouble. */
function isOutage(error) {
    if (!(error instanceof errors_TusError))
        return false;
    return error.code === 'NETWORK' || error.code === 'TIMEOUT' || (error.code === 'HTTP' && (error.status ?? 0) >= 500);
}
class UploadSession {
    ctx;
    endpoint;
    src;
    options;
    policy;
    chunkSize;
    metadataHeader;
    uploadUrl;
    offset = 0;
    length;
    config;
    failures = 0;
    resumed = false;
    needState = false;
    inFlight = 0;
    pending;
    /** Bytes taken from a stream source so far: where its next chunk starts in the upload. */
    streamPosition = 0;
    /** A stream's length once its end was read, for progress before the server has it. */
    announcedLength;
    /** A resumed upload of deferred length: the next PATCH sends Upload-Length. */
    declareLength = false;
    lastWasConflict = false;
    /** The creation POST's data was taken without a word on how much: the HEAD after it is no resumption. */
    offsetUnknown = false;
    constructor(ctx, endpoint, src, options, policy, chunkSize, metadataHeader) {
        this.ctx = ctx;
        this.endpoint = endpoint;
        this.src = src;
        this.options = options;
        this.policy = policy;
        this.chunkSize = chunkSize;
        this.metadataHeader = metadataHeader;
        if (src.kind !== 'stream')
            this.length = src.size;
        else
            this.length = options.uploadLength;
    }
    async run() {
        this.config = await cachedConfiguration(this.ctx, this.endpoint, this.policy);
        this.checkServer();
        if (this.options.uploadUrl !== undefined) {
            this.uploadUrl = publicUrl(this.options.uploadUrl);
            this.resumed = true;
            this.needState = true;
        }
        while (!this.finished()) {
            try {
                await this.step();
            }
            catch (error) {
                await this.recover(error);
            }
        }
        const retries = this.ctx.retries;
        this.ctx.logger.debug(`uploaded ${this.length} bytes to ${this.uploadUrl}${retries ? ` after ${retries} retries` : ''}`);
    }
    result(started) {
        return {
            location: this.uploadUrl,
            size: this.length,
            retries: this.ctx.retries,
            requests: this.ctx.requests,
            resumed: this.resumed,
            elapsedMs: Date.now() - started
        };
    }
    has(extension) {
        return this.config?.extensions.includes(extension) ?? false;
    }
    checkServer() {
        const maxSize = this.config?.maxSize;
        if (maxSize !== undefined && maxSize > 0 && this.length !== undefined && this.length > maxSize) {
            throw new errors_TusError('TOO_LARGE', `the source is ${this.length} bytes, more than the server's Tus-Max-Size of ${maxSize} bytes`);
        }
        if (this.src.kind === 'stream' && this.length === undefined && this.config && !this.has(EXTENSION.creationDeferLength)) {
            throw new errors_TusError('UNSUPPORTED', `the source is a stream of unknown length and ${this.endpoint} does not offer creation-defer-length; give its length (uploadLength, --size) or upload a file instead`);
        }
    }
    finished() {
        if (this.uploadUrl === undefined || this.needState || this.length === undefined || this.declareLength)
            return false;
        return this.offset === this.length && (this.src.kind !== 'stream' || this.src.reader.ended);
    }
    async step() {
        if (this.needState)
            return this.refreshState();
        if (this.uploadUrl === undefined)
            return this.create();
        const before = this.offset;
        this.offset = this.src.kind === 'stream' ? await this.sendStreamChunk() : await this.sendRange();
        if (this.offset > before)
            this.madeProgress();
    }
    madeProgress() {
        this.failures = 0;
        this.lastWasConflict = false;
        clearOutage(this.ctx.client, this.endpoint);
    }
    async create() {
        const src = this.src;
        // A stream given as empty is checked before the POST: once created, an empty upload is finished.
        if (src.kind === 'stream' && this.length === 0 && this.streamPosition === 0)
            await this.checkDeclaredLength();
        const withData = src.kind !== 'stream' && src.size > 0 && src.size <= DEFAULTS.creationWithUploadLimit &&
            src.size <= this.chunkSize && this.has(EXTENSION.creationWithUpload);
        this.inFlight = 0;
        const created = await createUpload(this.ctx, this.endpoint, {
            length: this.length,
            deferLength: this.length === undefined,
            metadataHeader: this.metadataHeader,
            body: withData ? { length: src.size, data: src.range(0, src.size) } : undefined,
            onBodyData: bytes => this.progress(bytes)
        });
        this.uploadUrl = created.location;
        this.offset = created.offset ?? 0;
        // Data sent, but the server did not say how much it took: ask before sending more.
        if (created.offset === undefined)
            this.needState = this.offsetUnknown = true;
        // Not progress for the retry budget (a server that loses every upload must not loop), but
        // proof for the other uploads that the server is up.
        clearOutage(this.ctx.client, this.endpoint);
        this.ctx.logger.debug(`created ${created.location}${withData ? ` with ${created.offset ?? 'an unknown number of'} bytes` : ''}`);
        // A POST that carried the whole upload leaves nothing to resume.
        if (!(withData && created.offset === src.size))
            await this.options.onUploadUrl?.(created.location);
    }
    async sendRange() {
        const src = this.src;
        const end = Math.min(src.size, this.offset + this.chunkSize);
        this.inFlight = 0;
        const newOffset = await patchUpload(this.ctx, {
            uploadUrl: this.uploadUrl,
            offset: this.offset,
            body: src.range(this.offset, end),
            contentLength: end - this.offset,
            uploadLength: this.declareLength ? src.size : undefined,
            onBodyData: bytes => this.progress(bytes)
        });
        const declared = this.declareLength;
        this.declareLength = false;
        if (newOffset === this.offset && !(declared && end === this.offset))
            throw this.noProgress();
        return newOffset;
    }
    /**
     * Streams are buffered one chunk at a time: that chunk can be sent again after a failure. A
     * resumed stream is read from its start, and the bytes the server already has are skipped.
     */
    async sendStreamChunk() {
        const reader = this.src.reader;
        const size = Number.isFinite(this.chunkSize) ? this.chunkSize : DEFAULTS.streamChunkSize;
        if (this.pending === undefined || this.offset >= this.pending.start + this.pending.data.length) {
            await this.skipStreamTo(this.offset, size);
            const start = this.streamPosition;
            this.pending = { start, data: await this.readStream(this.length === undefined ? size : Math.min(size, this.length - start)) };
            if (this.length !== undefined)
                await this.checkDeclaredLength();
        }
        const { start, data } = this.pending;
        if (this.offset < start) {
            throw new errors_TusError('PROTOCOL', `the server lost data of a stream upload (offset ${this.offset} < ${start}); a stream cannot be read again`);
        }
        const body = data.subarray(this.offset - start);
        // The length once known: at a deferred upload's end, or a given one the server does not have yet.
        const declare = reader.ended && this.length === undefined ? start + data.length : this.declareLength ? this.length : undefined;
        // A resumed upload the server already holds whole: nothing to send.
        if (body.length === 0 && declare === undefined)
            return this.offset;
        if (declare !== undefined)
            this.announcedLength = declare;
        this.inFlight = 0;
        const newOffset = await patchUpload(this.ctx, {
            uploadUrl: this.uploadUrl,
            offset: this.offset,
            body,
            contentLength: body.length,
            uploadLength: declare,
            onBodyData: bytes => this.progress(bytes)
        });
        if (declare !== undefined)
            this.length = declare;
        this.declareLength = false;
        if (newOffset === this.offset && body.length > 0)
            throw this.noProgress();
        return newOffset;
    }
    /** A stream of declared length must end exactly there: neither sooner nor later. */
    async checkDeclaredLength() {
        const reader = this.src.reader;
        const length = this.length;
        if (this.streamPosition < length && reader.ended) {
            throw new errors_TusError('SOURCE', `the stream ended after ${this.streamPosition} bytes, but its length was given as ${length}`);
        }
        if (this.streamPosition === length && !reader.ended && (await this.readStream(1)).length > 0) {
            throw new errors_TusError('SOURCE', `the stream is longer than the ${length} bytes given as its length`);
        }
    }
    async readStream(size) {
        const reader = this.src.reader;
        let data;
        try {
            data = await reader.read(size);
        }
        catch (error) {
            throw new errors_TusError('SOURCE', `reading the source stream failed: ${error.message}`, { cause: error });
        }
        this.streamPosition += data.length;
        return data;
    }
    async skipStreamTo(offset, size) {
        if (this.streamPosition < offset)
            this.ctx.logger.debug(`skipping ${offset - this.streamPosition} bytes of the stream that the server has`);
        while (this.streamPosition < offset) {
            const skipped = await this.readStream(Math.min(size, offset - this.streamPosition));
            if (skipped.length === 0) {
                throw new errors_TusError('SOURCE', `the stream ended after ${this.streamPosition} bytes but ${this.uploadUrl} already holds ${offset}; it is not this stream's upload`);
            }
        }
    }
    noProgress() {
        return new errors_TusError('PROTOCOL', `PATCH ${this.uploadUrl}: the server took none of the bytes`, { retryable: true });
    }
    async refreshState() {
        const url = this.uploadUrl;
        let state;
        try {
            state = await readState(this.ctx, url);
        }
        catch (error) {
            if (!(error instanceof errors_TusError) || !GONE.has(error.status ?? 0))
                throw error;
            return this.uploadGone(url, error);
        }
        const size = this.src.kind === 'stream' ? this.options.uploadLength : this.src.size;
        if (size !== undefined)
            this.checkSizedState(url, state, size);
        if (state.length !== undefined)
            this.length = state.length;
        if (state.offset > this.offset)
            this.failures = 0;
        if (state.offset !== this.offset && !this.offsetUnknown)
            this.ctx.logger.info(`${url}: the server has ${state.offset} bytes; resuming from there`);
        this.offsetUnknown = false;
        this.offset = state.offset;
        this.needState = false;
    }
    /** A file or bytes resumed on an upload: the same length, or a deferred one this upload will declare. */
    checkSizedState(url, state, size) {
        const notOurs = `it is not this ${this.src.kind === 'file' ? "file's" : "source's"} upload`;
        if (state.length !== undefined && state.length !== size) {
            throw new errors_TusError('INVALID_INPUT', `${url} is an upload of ${state.length} bytes but the source has ${size}; ${notOurs}`);
        }
        if (state.length === undefined && state.offset > size) {
            throw new errors_TusError('INVALID_INPUT', `${url} holds ${state.offset} bytes, more than the source's ${size}; ${notOurs}`);
        }
        // The spec: a client that learns the length of a deferred upload MUST send it.
        this.declareLength = state.length === undefined;
    }
    uploadGone(url, error) {
        if (this.src.kind === 'stream' && this.streamPosition > 0) {
            throw new errors_TusError('PROTOCOL', `${url} is gone (${error.status}) and a stream cannot be sent again from the start`, { status: error.status });
        }
        this.ctx.logger.warn(`${url} is gone (${error.status}); starting a new upload from byte 0`);
        this.uploadUrl = undefined;
        this.offset = 0;
        this.needState = false;
        this.resumed = false;
    }
    async recover(error) {
        const gonePatch = error instanceof errors_TusError && error.method === 'PATCH' && GONE.has(error.status ?? 0);
        if (!isRetryable(error) && !gonePatch)
            throw error;
        const serverDown = isOutage(error);
        if (this.failures >= this.policy.retries) {
            if (this.policy.retries > 0 && serverDown)
                noteOutage(this.ctx.client, this.endpoint);
            throw finalError(error, this.failures + 1);
        }
        const outage = serverDown ? sharedOutage(this.ctx.client, this.endpoint, error) : undefined;
        if (outage)
            throw outage;
        this.failures++;
        // A first 409: the offsets disagree, which a HEAD settles at once. Another in a row: the HEAD
        // may lag (a cache, a store that catches up), so back off as for any failure.
        const conflict = error.status === 409;
        const wait = conflict && !this.lastWasConflict ? 0 : backoffMs(this.policy, this.failures, error);
        this.lastWasConflict = conflict;
        const target = this.uploadUrl ?? this.endpoint;
        const message = `${target}: ${error.message}; retry ${this.failures} of ${this.policy.retries} in ${(wait / 1000).toFixed(1)} s`;
        noteRetry(this.ctx, message, error, this.failures, wait);
        await sleep(wait, this.ctx.signal);
        // The server may hold more (or fewer) bytes than we think: ask before sending again.
        if (this.uploadUrl !== undefined)
            this.needState = true;
    }
    progress(bytes) {
        this.inFlight += bytes;
        this.options.onProgress?.(this.offset + this.inFlight, this.length ?? this.announcedLength);
    }
}

;// CONCATENATED MODULE: ./src/tus/index.ts
/**
 * tus-upload-action's client: resumable uploads to any tus 1.0 server.
 * High level (with retries): upload, uploadDetailed, metadata.
 * Low level (one request each): configuration, create, offset, patch, terminate.
 */











;// CONCATENATED MODULE: ./src/action/log.ts


/**
 * The Action's log, for text that holds what a file name or a server chose. The runner takes a
 * line that starts with `::` (after any leading blanks) for a workflow command (`::error`,
 * `::add-mask::`, `::stop-commands::`), and `##[command]` anywhere in a line in the older form:
 * control characters and line breaks are escaped, a leading `::` and every `##[` broken up.
 * @actions/core escapes only `%`, CR and LF in annotations and group titles: they go through
 * the same escaping, so that no terminal sequence or bidirectional override reaches the log.
 */
function loggable(text) {
    const line = escapeControls(text).replaceAll('##[', '##\\x5b');
    return line.replace(/^(\s*):/, '$1\\x3a');
}
function log_info(text) {
    info(loggable(text));
}
function log_debug(text) {
    core_debug(loggable(text));
}
function log_warning(text, properties) {
    warning(loggable(text), properties);
}
function log_error(text, properties) {
    error(loggable(text), { ...properties, title: properties.title === undefined ? undefined : loggable(properties.title) });
}
function log_group(title, fn) {
    return group(loggable(title), fn);
}

;// CONCATENATED MODULE: ./node_modules/mime/dist/types/standard.js
const types = {
    'application/andrew-inset': ['ez'],
    'application/appinstaller': ['appinstaller'],
    'application/applixware': ['aw'],
    'application/appx': ['appx'],
    'application/appxbundle': ['appxbundle'],
    'application/atom+xml': ['atom'],
    'application/atomcat+xml': ['atomcat'],
    'application/atomdeleted+xml': ['atomdeleted'],
    'application/atomsvc+xml': ['atomsvc'],
    'application/atsc-dwd+xml': ['dwd'],
    'application/atsc-held+xml': ['held'],
    'application/atsc-rsat+xml': ['rsat'],
    'application/automationml-aml+xml': ['aml'],
    'application/automationml-amlx+zip': ['amlx'],
    'application/bdoc': ['bdoc'],
    'application/calendar+xml': ['xcs'],
    'application/ccxml+xml': ['ccxml'],
    'application/cdfx+xml': ['cdfx'],
    'application/cdmi-capability': ['cdmia'],
    'application/cdmi-container': ['cdmic'],
    'application/cdmi-domain': ['cdmid'],
    'application/cdmi-object': ['cdmio'],
    'application/cdmi-queue': ['cdmiq'],
    'application/cpl+xml': ['cpl'],
    'application/cu-seeme': ['cu'],
    'application/cwl': ['cwl'],
    'application/dash+xml': ['mpd'],
    'application/dash-patch+xml': ['mpp'],
    'application/davmount+xml': ['davmount'],
    'application/dicom': ['dcm'],
    'application/docbook+xml': ['dbk'],
    'application/dssc+der': ['dssc'],
    'application/dssc+xml': ['xdssc'],
    'application/ecmascript': ['ecma'],
    'application/emma+xml': ['emma'],
    'application/emotionml+xml': ['emotionml'],
    'application/epub+zip': ['epub'],
    'application/exi': ['exi'],
    'application/express': ['exp'],
    'application/fdf': ['fdf'],
    'application/fdt+xml': ['fdt'],
    'application/font-tdpfr': ['pfr'],
    'application/geo+json': ['geojson'],
    'application/gml+xml': ['gml'],
    'application/gpx+xml': ['gpx'],
    'application/gxf': ['gxf'],
    'application/gzip': ['gz'],
    'application/hjson': ['hjson'],
    'application/hyperstudio': ['stk'],
    'application/inkml+xml': ['ink', 'inkml'],
    'application/ipfix': ['ipfix'],
    'application/its+xml': ['its'],
    'application/java-archive': ['jar', 'war', 'ear'],
    'application/java-serialized-object': ['ser'],
    'application/java-vm': ['class'],
    'application/javascript': ['*js'],
    'application/json': ['json', 'map'],
    'application/json5': ['json5'],
    'application/jsonml+json': ['jsonml'],
    'application/ld+json': ['jsonld'],
    'application/lgr+xml': ['lgr'],
    'application/lost+xml': ['lostxml'],
    'application/mac-binhex40': ['hqx'],
    'application/mac-compactpro': ['cpt'],
    'application/mads+xml': ['mads'],
    'application/manifest+json': ['webmanifest'],
    'application/marc': ['mrc'],
    'application/marcxml+xml': ['mrcx'],
    'application/mathematica': ['ma', 'nb', 'mb'],
    'application/mathml+xml': ['mathml'],
    'application/mbox': ['mbox'],
    'application/media-policy-dataset+xml': ['mpf'],
    'application/mediaservercontrol+xml': ['mscml'],
    'application/metalink+xml': ['metalink'],
    'application/metalink4+xml': ['meta4'],
    'application/mets+xml': ['mets'],
    'application/mmt-aei+xml': ['maei'],
    'application/mmt-usd+xml': ['musd'],
    'application/mods+xml': ['mods'],
    'application/mp21': ['m21', 'mp21'],
    'application/mp4': ['*mp4', '*mpg4', 'mp4s', 'm4p'],
    'application/msix': ['msix'],
    'application/msixbundle': ['msixbundle'],
    'application/msword': ['doc', 'dot'],
    'application/mxf': ['mxf'],
    'application/n-quads': ['nq'],
    'application/n-triples': ['nt'],
    'application/node': ['cjs'],
    'application/octet-stream': [
        'bin',
        'dms',
        'lrf',
        'mar',
        'so',
        'dist',
        'distz',
        'pkg',
        'bpk',
        'dump',
        'elc',
        'deploy',
        'exe',
        'dll',
        'deb',
        'dmg',
        'iso',
        'img',
        'msi',
        'msp',
        'msm',
        'buffer',
    ],
    'application/oda': ['oda'],
    'application/oebps-package+xml': ['opf'],
    'application/ogg': ['ogx'],
    'application/omdoc+xml': ['omdoc'],
    'application/onenote': [
        'onetoc',
        'onetoc2',
        'onetmp',
        'onepkg',
        'one',
        'onea',
    ],
    'application/oxps': ['oxps'],
    'application/p2p-overlay+xml': ['relo'],
    'application/patch-ops-error+xml': ['xer'],
    'application/pdf': ['pdf'],
    'application/pgp-encrypted': ['pgp'],
    'application/pgp-keys': ['asc'],
    'application/pgp-signature': ['sig', '*asc'],
    'application/pics-rules': ['prf'],
    'application/pkcs10': ['p10'],
    'application/pkcs7-mime': ['p7m', 'p7c'],
    'application/pkcs7-signature': ['p7s'],
    'application/pkcs8': ['p8'],
    'application/pkix-attr-cert': ['ac'],
    'application/pkix-cert': ['cer'],
    'application/pkix-crl': ['crl'],
    'application/pkix-pkipath': ['pkipath'],
    'application/pkixcmp': ['pki'],
    'application/pls+xml': ['pls'],
    'application/postscript': ['ai', 'eps', 'ps'],
    'application/provenance+xml': ['provx'],
    'application/pskc+xml': ['pskcxml'],
    'application/raml+yaml': ['raml'],
    'application/rdf+xml': ['rdf', 'owl'],
    'application/reginfo+xml': ['rif'],
    'application/relax-ng-compact-syntax': ['rnc'],
    'application/resource-lists+xml': ['rl'],
    'application/resource-lists-diff+xml': ['rld'],
    'application/rls-services+xml': ['rs'],
    'application/route-apd+xml': ['rapd'],
    'application/route-s-tsid+xml': ['sls'],
    'application/route-usd+xml': ['rusd'],
    'application/rpki-ghostbusters': ['gbr'],
    'application/rpki-manifest': ['mft'],
    'application/rpki-roa': ['roa'],
    'application/rsd+xml': ['rsd'],
    'application/rss+xml': ['rss'],
    'application/rtf': ['rtf'],
    'application/sbml+xml': ['sbml'],
    'application/scvp-cv-request': ['scq'],
    'application/scvp-cv-response': ['scs'],
    'application/scvp-vp-request': ['spq'],
    'application/scvp-vp-response': ['spp'],
    'application/sdp': ['sdp'],
    'application/senml+xml': ['senmlx'],
    'application/sensml+xml': ['sensmlx'],
    'application/set-payment-initiation': ['setpay'],
    'application/set-registration-initiation': ['setreg'],
    'application/shf+xml': ['shf'],
    'application/sieve': ['siv', 'sieve'],
    'application/smil+xml': ['smi', 'smil'],
    'application/sparql-query': ['rq'],
    'application/sparql-results+xml': ['srx'],
    'application/sql': ['sql'],
    'application/srgs': ['gram'],
    'application/srgs+xml': ['grxml'],
    'application/sru+xml': ['sru'],
    'application/ssdl+xml': ['ssdl'],
    'application/ssml+xml': ['ssml'],
    'application/swid+xml': ['swidtag'],
    'application/tei+xml': ['tei', 'teicorpus'],
    'application/thraud+xml': ['tfi'],
    'application/timestamped-data': ['tsd'],
    'application/toml': ['toml'],
    'application/trig': ['trig'],
    'application/ttml+xml': ['ttml'],
    'application/ubjson': ['ubj'],
    'application/urc-ressheet+xml': ['rsheet'],
    'application/urc-targetdesc+xml': ['td'],
    'application/voicexml+xml': ['vxml'],
    'application/wasm': ['wasm'],
    'application/watcherinfo+xml': ['wif'],
    'application/widget': ['wgt'],
    'application/winhlp': ['hlp'],
    'application/wsdl+xml': ['wsdl'],
    'application/wspolicy+xml': ['wspolicy'],
    'application/xaml+xml': ['xaml'],
    'application/xcap-att+xml': ['xav'],
    'application/xcap-caps+xml': ['xca'],
    'application/xcap-diff+xml': ['xdf'],
    'application/xcap-el+xml': ['xel'],
    'application/xcap-ns+xml': ['xns'],
    'application/xenc+xml': ['xenc'],
    'application/xfdf': ['xfdf'],
    'application/xhtml+xml': ['xhtml', 'xht'],
    'application/xliff+xml': ['xlf'],
    'application/xml': ['xml', 'xsl', 'xsd', 'rng'],
    'application/xml-dtd': ['dtd'],
    'application/xop+xml': ['xop'],
    'application/xproc+xml': ['xpl'],
    'application/xslt+xml': ['*xsl', 'xslt'],
    'application/xspf+xml': ['xspf'],
    'application/xv+xml': ['mxml', 'xhvml', 'xvml', 'xvm'],
    'application/yang': ['yang'],
    'application/yin+xml': ['yin'],
    'application/zip': ['zip'],
    'application/zip+dotlottie': ['lottie'],
    'audio/3gpp': ['*3gpp'],
    'audio/aac': ['adts', 'aac'],
    'audio/adpcm': ['adp'],
    'audio/amr': ['amr'],
    'audio/basic': ['au', 'snd'],
    'audio/midi': ['mid', 'midi', 'kar', 'rmi'],
    'audio/mobile-xmf': ['mxmf'],
    'audio/mp3': ['*mp3'],
    'audio/mp4': ['m4a', 'mp4a', 'm4b'],
    'audio/mpeg': ['mpga', 'mp2', 'mp2a', 'mp3', 'm2a', 'm3a'],
    'audio/ogg': ['oga', 'ogg', 'spx', 'opus'],
    'audio/s3m': ['s3m'],
    'audio/silk': ['sil'],
    'audio/wav': ['wav'],
    'audio/wave': ['*wav'],
    'audio/webm': ['weba'],
    'audio/xm': ['xm'],
    'font/collection': ['ttc'],
    'font/otf': ['otf'],
    'font/ttf': ['ttf'],
    'font/woff': ['woff'],
    'font/woff2': ['woff2'],
    'image/aces': ['exr'],
    'image/apng': ['apng'],
    'image/avci': ['avci'],
    'image/avcs': ['avcs'],
    'image/avif': ['avif'],
    'image/bmp': ['bmp', 'dib'],
    'image/cgm': ['cgm'],
    'image/dicom-rle': ['drle'],
    'image/dpx': ['dpx'],
    'image/emf': ['emf'],
    'image/fits': ['fits'],
    'image/g3fax': ['g3'],
    'image/gif': ['gif'],
    'image/heic': ['heic'],
    'image/heic-sequence': ['heics'],
    'image/heif': ['heif'],
    'image/heif-sequence': ['heifs'],
    'image/hej2k': ['hej2'],
    'image/ief': ['ief'],
    'image/jaii': ['jaii'],
    'image/jais': ['jais'],
    'image/jls': ['jls'],
    'image/jp2': ['jp2', 'jpg2'],
    'image/jpeg': ['jpg', 'jpeg', 'jpe'],
    'image/jph': ['jph'],
    'image/jphc': ['jhc'],
    'image/jpm': ['jpm', 'jpgm'],
    'image/jpx': ['jpx', 'jpf'],
    'image/jxl': ['jxl'],
    'image/jxr': ['jxr'],
    'image/jxra': ['jxra'],
    'image/jxrs': ['jxrs'],
    'image/jxs': ['jxs'],
    'image/jxsc': ['jxsc'],
    'image/jxsi': ['jxsi'],
    'image/jxss': ['jxss'],
    'image/ktx': ['ktx'],
    'image/ktx2': ['ktx2'],
    'image/pjpeg': ['jfif'],
    'image/png': ['png'],
    'image/sgi': ['sgi'],
    'image/svg+xml': ['svg', 'svgz'],
    'image/t38': ['t38'],
    'image/tiff': ['tif', 'tiff'],
    'image/tiff-fx': ['tfx'],
    'image/webp': ['webp'],
    'image/wmf': ['wmf'],
    'message/disposition-notification': ['disposition-notification'],
    'message/global': ['u8msg'],
    'message/global-delivery-status': ['u8dsn'],
    'message/global-disposition-notification': ['u8mdn'],
    'message/global-headers': ['u8hdr'],
    'message/rfc822': ['eml', 'mime', 'mht', 'mhtml'],
    'model/3mf': ['3mf'],
    'model/gltf+json': ['gltf'],
    'model/gltf-binary': ['glb'],
    'model/iges': ['igs', 'iges'],
    'model/jt': ['jt'],
    'model/mesh': ['msh', 'mesh', 'silo'],
    'model/mtl': ['mtl'],
    'model/obj': ['obj'],
    'model/prc': ['prc'],
    'model/step': ['step', 'stp', 'stpnc', 'p21', '210'],
    'model/step+xml': ['stpx'],
    'model/step+zip': ['stpz'],
    'model/step-xml+zip': ['stpxz'],
    'model/stl': ['stl'],
    'model/u3d': ['u3d'],
    'model/vrml': ['wrl', 'vrml'],
    'model/x3d+binary': ['*x3db', 'x3dbz'],
    'model/x3d+fastinfoset': ['x3db'],
    'model/x3d+vrml': ['*x3dv', 'x3dvz'],
    'model/x3d+xml': ['x3d', 'x3dz'],
    'model/x3d-vrml': ['x3dv'],
    'text/cache-manifest': ['appcache', 'manifest'],
    'text/calendar': ['ics', 'ifb'],
    'text/coffeescript': ['coffee', 'litcoffee'],
    'text/css': ['css'],
    'text/csv': ['csv'],
    'text/html': ['html', 'htm', 'shtml'],
    'text/jade': ['jade'],
    'text/javascript': ['js', 'mjs'],
    'text/jsx': ['jsx'],
    'text/less': ['less'],
    'text/markdown': ['md', 'markdown'],
    'text/mathml': ['mml'],
    'text/mdx': ['mdx'],
    'text/n3': ['n3'],
    'text/plain': ['txt', 'text', 'conf', 'def', 'list', 'log', 'in', 'ini'],
    'text/richtext': ['rtx'],
    'text/rtf': ['*rtf'],
    'text/sgml': ['sgml', 'sgm'],
    'text/shex': ['shex'],
    'text/slim': ['slim', 'slm'],
    'text/spdx': ['spdx'],
    'text/stylus': ['stylus', 'styl'],
    'text/tab-separated-values': ['tsv'],
    'text/troff': ['t', 'tr', 'roff', 'man', 'me', 'ms'],
    'text/turtle': ['ttl'],
    'text/uri-list': ['uri', 'uris', 'urls'],
    'text/vcard': ['vcard'],
    'text/vtt': ['vtt'],
    'text/wgsl': ['wgsl'],
    'text/xml': ['*xml'],
    'text/yaml': ['yaml', 'yml'],
    'video/3gpp': ['3gp', '3gpp'],
    'video/3gpp2': ['3g2'],
    'video/h261': ['h261'],
    'video/h263': ['h263'],
    'video/h264': ['h264'],
    'video/iso.segment': ['m4s'],
    'video/jpeg': ['jpgv'],
    'video/jpm': ['*jpm', '*jpgm'],
    'video/mj2': ['mj2', 'mjp2'],
    'video/mp2t': ['ts', 'm2t', 'm2ts', 'mts'],
    'video/mp4': ['mp4', 'mp4v', 'mpg4'],
    'video/mpeg': ['mpeg', 'mpg', 'mpe', 'm1v', 'm2v'],
    'video/ogg': ['ogv'],
    'video/quicktime': ['qt', 'mov'],
    'video/webm': ['webm'],
};
Object.freeze(types);
/* harmony default export */ const standard = (types);

;// CONCATENATED MODULE: ./node_modules/mime/dist/src/Mime.js
var __classPrivateFieldGet = (undefined && undefined.__classPrivateFieldGet) || function (receiver, state, kind, f) {
    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _Mime_extensionToType, _Mime_typeToExtension, _Mime_typeToExtensions;
class Mime {
    constructor(...args) {
        _Mime_extensionToType.set(this, new Map());
        _Mime_typeToExtension.set(this, new Map());
        _Mime_typeToExtensions.set(this, new Map());
        for (const arg of args) {
            this.define(arg);
        }
    }
    define(typeMap, force = false) {
        for (let [type, extensions] of Object.entries(typeMap)) {
            type = type.toLowerCase();
            extensions = extensions.map((ext) => ext.toLowerCase());
            let allExtensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
            if (!allExtensions) {
                allExtensions = new Set();
                __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").set(type, allExtensions);
            }
            let first = true;
            for (let extension of extensions) {
                const starred = extension.startsWith('*');
                extension = starred ? extension.slice(1) : extension;
                allExtensions.add(extension);
                if (first) {
                    __classPrivateFieldGet(this, _Mime_typeToExtension, "f").set(type, extension);
                }
                first = false;
                if (starred)
                    continue;
                const currentType = __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(extension);
                if (currentType && currentType != type && !force) {
                    throw new Error(`"${type} -> ${extension}" conflicts with "${currentType} -> ${extension}". Pass \`force=true\` to override this definition.`);
                }
                __classPrivateFieldGet(this, _Mime_extensionToType, "f").set(extension, type);
            }
        }
        return this;
    }
    getType(path) {
        if (typeof path !== 'string')
            return null;
        const last = path.replace(/^.*[/\\]/s, '').toLowerCase();
        const ext = last.replace(/^.*\./s, '').toLowerCase();
        const hasPath = last.length < path.length;
        const hasDot = ext.length < last.length - 1;
        if (!hasDot && hasPath)
            return null;
        return __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(ext) ?? null;
    }
    getExtension(type) {
        if (typeof type !== 'string')
            return null;
        type = type?.split?.(';')[0];
        return ((type && __classPrivateFieldGet(this, _Mime_typeToExtension, "f").get(type.trim().toLowerCase())) ?? null);
    }
    getAllExtensions(type) {
        if (typeof type !== 'string')
            return null;
        type = type.split(';')[0].trim().toLowerCase();
        const extensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
        return extensions ? new Set(extensions) : null;
    }
    _freeze() {
        this.define = () => {
            throw new Error('define() not allowed for built-in Mime objects. See https://github.com/broofa/mime/blob/main/README.md#custom-mime-instances');
        };
        Object.freeze(this);
        return this;
    }
    _getTestState() {
        return {
            types: __classPrivateFieldGet(this, _Mime_extensionToType, "f"),
            extensions: __classPrivateFieldGet(this, _Mime_typeToExtension, "f"),
        };
    }
}
_Mime_extensionToType = new WeakMap(), _Mime_typeToExtension = new WeakMap(), _Mime_typeToExtensions = new WeakMap();
/* harmony default export */ const src_Mime = (Mime);

;// CONCATENATED MODULE: ./node_modules/mime/dist/src/index_lite.js



/* harmony default export */ const index_lite = (new src_Mime(standard)._freeze());

;// CONCATENATED MODULE: ./src/common/metadataLines.ts
/** Metadata as a user types it: `key=value` or a bare `key` (a key with no value). */






/**
 * `key=value` (the value may contain `=`, and may be empty: the empty string) or a bare `key`
 * (value `null`: the key is sent without a value). The key must be a valid tus metadata key.
 */
function parseMetadataEntry(text, what) {
    const equals = text.indexOf('=');
    const key = equals === -1 ? text : text.slice(0, equals);
    const value = equals === -1 ? null : text.slice(equals + 1);
    if (key === '') {
        throw new UsageError(`${what}: ${JSON.stringify(text)} has no key; use key=value, or key alone for a key without a value`);
    }
    try {
        validateMetadataKey(key);
    }
    catch (error) {
        if (error instanceof errors_TusError)
            throw new UsageError(`${what}: ${error.message}`, { cause: error });
        throw error;
    }
    return [key, value];
}
/** Several entries (e.g. repeated `--metadata` options, or the lines of an Action input). */
function parseMetadataEntries(lines, what) {
    const metadata = {};
    for (const line of lines) {
        const [key, value] = parseMetadataEntry(line, what);
        if (Object.hasOwn(metadata, key)) {
            throw new UsageError(`${what}: key ${JSON.stringify(key)} is given twice; give each key once`);
        }
        setEntry(metadata, key, value);
    }
    return metadata;
}
/**
 * What tus servers and clients (tusd, Uppy, tus-js-client) conventionally send: the base name
 * and the MIME type guessed from the extension (`application/octet-stream` when unknown); and,
 * as Uppy does for a file from a folder, its `relativePath` when the caller has one (see
 * pathUnder), so that a server can rebuild the tree where base names alone would clash.
 */
function defaultMetadata(filePath, relativePath) {
    const filename = external_node_path_default().basename(filePath);
    const metadata = { filename, filetype: index_lite.getType(filename) ?? 'application/octet-stream' };
    if (relativePath !== undefined)
        metadata.relativePath = relativePath;
    return metadata;
}
/** `absolutePath` relative to `base` with `/` separators, or undefined when it is not inside it. */
function pathInside(absolutePath, base) {
    const relative = external_node_path_default().relative(base, absolutePath);
    if (relative === '' || relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative))
        return undefined;
    return relative.split((external_node_path_default()).sep).join('/');
}
/**
 * pathInside, also through symbolic links: the runner's GITHUB_WORKSPACE or the shell's $PWD may
 * name the directory by a link (`_work` on a data disk) while the cwd and the globber's matches
 * name it physically. The file's own name is kept (a link to a file stays itself).
 */
function pathUnder(absolutePath, base) {
    return pathInside(absolutePath, base) ?? pathInside(external_node_path_default().join(realDirectory(external_node_path_default().dirname(absolutePath)), external_node_path_default().basename(absolutePath)), realDirectory(base));
}
// Memoized: a batch of files shares a few directories.
const realDirectories = new Map();
function realDirectory(directory) {
    let real = realDirectories.get(directory);
    if (real === undefined) {
        try {
            real = (0,external_node_fs_namespaceObject.realpathSync)(directory);
        }
        catch {
            real = directory;
        }
        realDirectories.set(directory, real);
    }
    return real;
}

;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-glob-options-helper.js

/**
 * Returns a copy with defaults filled in.
 */
function getOptions(copy) {
    const result = {
        followSymbolicLinks: true,
        implicitDescendants: true,
        matchDirectories: true,
        omitBrokenSymbolicLinks: true,
        excludeHiddenFiles: false
    };
    if (copy) {
        if (typeof copy.followSymbolicLinks === 'boolean') {
            result.followSymbolicLinks = copy.followSymbolicLinks;
            core_debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
        }
        if (typeof copy.implicitDescendants === 'boolean') {
            result.implicitDescendants = copy.implicitDescendants;
            core_debug(`implicitDescendants '${result.implicitDescendants}'`);
        }
        if (typeof copy.matchDirectories === 'boolean') {
            result.matchDirectories = copy.matchDirectories;
            core_debug(`matchDirectories '${result.matchDirectories}'`);
        }
        if (typeof copy.omitBrokenSymbolicLinks === 'boolean') {
            result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
            core_debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
        }
        if (typeof copy.excludeHiddenFiles === 'boolean') {
            result.excludeHiddenFiles = copy.excludeHiddenFiles;
            core_debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
        }
    }
    return result;
}
//# sourceMappingURL=internal-glob-options-helper.js.map
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path-helper.js


const IS_WINDOWS = process.platform === 'win32';
/**
 * Similar to path.dirname except normalizes the path separators and slightly better handling for Windows UNC paths.
 *
 * For example, on Linux/macOS:
 * - `/               => /`
 * - `/hello          => /`
 *
 * For example, on Windows:
 * - `C:\             => C:\`
 * - `C:\hello        => C:\`
 * - `C:              => C:`
 * - `C:hello         => C:`
 * - `\               => \`
 * - `\hello          => \`
 * - `\\hello         => \\hello`
 * - `\\hello\world   => \\hello\world`
 */
function dirname(p) {
    // Normalize slashes and trim unnecessary trailing slash
    p = safeTrimTrailingSeparator(p);
    // Windows UNC root, e.g. \\hello or \\hello\world
    if (IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
        return p;
    }
    // Get dirname
    let result = external_path_namespaceObject.dirname(p);
    // Trim trailing slash for Windows UNC root, e.g. \\hello\world\
    if (IS_WINDOWS && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
        result = safeTrimTrailingSeparator(result);
    }
    return result;
}
/**
 * Roots the path if not already rooted. On Windows, relative roots like `\`
 * or `C:` are expanded based on the current working directory.
 */
function ensureAbsoluteRoot(root, itemPath) {
    external_assert_(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
    external_assert_(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Already rooted
    if (hasAbsoluteRoot(itemPath)) {
        return itemPath;
    }
    // Windows
    if (IS_WINDOWS) {
        // Check for itemPath like C: or C:foo
        if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
            let cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            // Drive letter matches cwd? Expand to cwd
            if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
                // Drive only, e.g. C:
                if (itemPath.length === 2) {
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}`;
                }
                // Drive + path, e.g. C:foo
                else {
                    if (!cwd.endsWith('\\')) {
                        cwd += '\\';
                    }
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
                }
            }
            // Different drive
            else {
                return `${itemPath[0]}:\\${itemPath.substr(2)}`;
            }
        }
        // Check for itemPath like \ or \foo
        else if (normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
            const cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            return `${cwd[0]}:\\${itemPath.substr(1)}`;
        }
    }
    external_assert_(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
    // Otherwise ensure root ends with a separator
    if (root.endsWith('/') || (IS_WINDOWS && root.endsWith('\\'))) {
        // Intentionally empty
    }
    else {
        // Append separator
        root += external_path_namespaceObject.sep;
    }
    return root + itemPath;
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\\hello\share` and `C:\hello` (and using alternate separator).
 */
function hasAbsoluteRoot(itemPath) {
    external_assert_(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = normalizeSeparators(itemPath);
    // Windows
    if (IS_WINDOWS) {
        // E.g. \\hello\share or C:\hello
        return itemPath.startsWith('\\\\') || /^[A-Z]:\\/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\`, `\hello`, `\\hello\share`, `C:`, and `C:\hello` (and using alternate separator).
 */
function hasRoot(itemPath) {
    external_assert_(itemPath, `isRooted parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = normalizeSeparators(itemPath);
    // Windows
    if (IS_WINDOWS) {
        // E.g. \ or \hello or \\hello
        // E.g. C: or C:\hello
        return itemPath.startsWith('\\') || /^[A-Z]:/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * Removes redundant slashes and converts `/` to `\` on Windows
 */
function normalizeSeparators(p) {
    p = p || '';
    // Windows
    if (IS_WINDOWS) {
        // Convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // Remove redundant slashes
        const isUnc = /^\\\\+[^\\]/.test(p); // e.g. \\hello
        return (isUnc ? '\\' : '') + p.replace(/\\\\+/g, '\\'); // preserve leading \\ for UNC
    }
    // Remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
/**
 * Normalizes the path separators and trims the trailing separator (when safe).
 * For example, `/foo/ => /foo` but `/ => /`
 */
function safeTrimTrailingSeparator(p) {
    // Short-circuit if empty
    if (!p) {
        return '';
    }
    // Normalize separators
    p = normalizeSeparators(p);
    // No trailing slash
    if (!p.endsWith(external_path_namespaceObject.sep)) {
        return p;
    }
    // Check '/' on Linux/macOS and '\' on Windows
    if (p === external_path_namespaceObject.sep) {
        return p;
    }
    // On Windows check if drive root. E.g. C:\
    if (IS_WINDOWS && /^[A-Z]:\\$/i.test(p)) {
        return p;
    }
    // Otherwise trim trailing slash
    return p.substr(0, p.length - 1);
}
//# sourceMappingURL=internal-path-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-match-kind.js
/**
 * Indicates whether a pattern matches a path
 */
var MatchKind;
(function (MatchKind) {
    /** Not matched */
    MatchKind[MatchKind["None"] = 0] = "None";
    /** Matched if the path is a directory */
    MatchKind[MatchKind["Directory"] = 1] = "Directory";
    /** Matched if the path is a regular file */
    MatchKind[MatchKind["File"] = 2] = "File";
    /** Matched */
    MatchKind[MatchKind["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));
//# sourceMappingURL=internal-match-kind.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern-helper.js


const internal_pattern_helper_IS_WINDOWS = process.platform === 'win32';
/**
 * Given an array of patterns, returns an array of paths to search.
 * Duplicates and paths under other included paths are filtered out.
 */
function getSearchPaths(patterns) {
    // Ignore negate patterns
    patterns = patterns.filter(x => !x.negate);
    // Create a map of all search paths
    const searchPathMap = {};
    for (const pattern of patterns) {
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        searchPathMap[key] = 'candidate';
    }
    const result = [];
    for (const pattern of patterns) {
        // Check if already included
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        if (searchPathMap[key] === 'included') {
            continue;
        }
        // Check for an ancestor search path
        let foundAncestor = false;
        let tempKey = key;
        let parent = dirname(tempKey);
        while (parent !== tempKey) {
            if (searchPathMap[parent]) {
                foundAncestor = true;
                break;
            }
            tempKey = parent;
            parent = dirname(tempKey);
        }
        // Include the search pattern in the result
        if (!foundAncestor) {
            result.push(pattern.searchPath);
            searchPathMap[key] = 'included';
        }
    }
    return result;
}
/**
 * Matches the patterns against the path
 */
function internal_pattern_helper_match(patterns, itemPath) {
    let result = MatchKind.None;
    for (const pattern of patterns) {
        if (pattern.negate) {
            result &= ~pattern.match(itemPath);
        }
        else {
            result |= pattern.match(itemPath);
        }
    }
    return result;
}
/**
 * Checks whether to descend further into the directory
 */
function internal_pattern_helper_partialMatch(patterns, itemPath) {
    return patterns.some(x => !x.negate && x.partialMatch(itemPath));
}
//# sourceMappingURL=internal-pattern-helper.js.map
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const ast_types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => ast_types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path.js



const internal_path_IS_WINDOWS = process.platform === 'win32';
/**
 * Helper class for parsing paths into segments
 */
class Path {
    /**
     * Constructs a Path
     * @param itemPath Path or array of segments
     */
    constructor(itemPath) {
        this.segments = [];
        // String
        if (typeof itemPath === 'string') {
            external_assert_(itemPath, `Parameter 'itemPath' must not be empty`);
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
            // Not rooted
            if (!hasRoot(itemPath)) {
                this.segments = itemPath.split(external_path_namespaceObject.sep);
            }
            // Rooted
            else {
                // Add all segments, while not at the root
                let remaining = itemPath;
                let dir = dirname(remaining);
                while (dir !== remaining) {
                    // Add the segment
                    const basename = external_path_namespaceObject.basename(remaining);
                    this.segments.unshift(basename);
                    // Truncate the last segment
                    remaining = dir;
                    dir = dirname(remaining);
                }
                // Remainder is the root
                this.segments.unshift(remaining);
            }
        }
        // Array
        else {
            // Must not be empty
            external_assert_(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
            // Each segment
            for (let i = 0; i < itemPath.length; i++) {
                let segment = itemPath[i];
                // Must not be empty
                external_assert_(segment, `Parameter 'itemPath' must not contain any empty segments`);
                // Normalize slashes
                segment = normalizeSeparators(itemPath[i]);
                // Root segment
                if (i === 0 && hasRoot(segment)) {
                    segment = safeTrimTrailingSeparator(segment);
                    external_assert_(segment === dirname(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
                    this.segments.push(segment);
                }
                // All other segments
                else {
                    // Must not contain slash
                    external_assert_(!segment.includes(external_path_namespaceObject.sep), `Parameter 'itemPath' contains unexpected path separators`);
                    this.segments.push(segment);
                }
            }
        }
    }
    /**
     * Converts the path to it's string representation
     */
    toString() {
        // First segment
        let result = this.segments[0];
        // All others
        let skipSlash = result.endsWith(external_path_namespaceObject.sep) || (internal_path_IS_WINDOWS && /^[A-Z]:$/i.test(result));
        for (let i = 1; i < this.segments.length; i++) {
            if (skipSlash) {
                skipSlash = false;
            }
            else {
                result += external_path_namespaceObject.sep;
            }
            result += this.segments[i];
        }
        return result;
    }
}
//# sourceMappingURL=internal-path.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern.js







const internal_pattern_IS_WINDOWS = process.platform === 'win32';
class Pattern {
    constructor(patternOrNegate, isImplicitPattern = false, segments, homedir) {
        /**
         * Indicates whether matches should be excluded from the result set
         */
        this.negate = false;
        // Pattern overload
        let pattern;
        if (typeof patternOrNegate === 'string') {
            pattern = patternOrNegate.trim();
        }
        // Segments overload
        else {
            // Convert to pattern
            segments = segments || [];
            external_assert_(segments.length, `Parameter 'segments' must not empty`);
            const root = Pattern.getLiteral(segments[0]);
            external_assert_(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
            pattern = new Path(segments).toString().trim();
            if (patternOrNegate) {
                pattern = `!${pattern}`;
            }
        }
        // Negate
        while (pattern.startsWith('!')) {
            this.negate = !this.negate;
            pattern = pattern.substr(1).trim();
        }
        // Normalize slashes and ensures absolute root
        pattern = Pattern.fixupPattern(pattern, homedir);
        // Segments
        this.segments = new Path(pattern).segments;
        // Trailing slash indicates the pattern should only match directories, not regular files
        this.trailingSeparator = normalizeSeparators(pattern)
            .endsWith(external_path_namespaceObject.sep);
        pattern = safeTrimTrailingSeparator(pattern);
        // Search path (literal path prior to the first glob segment)
        let foundGlob = false;
        const searchSegments = this.segments
            .map(x => Pattern.getLiteral(x))
            .filter(x => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = new Path(searchSegments).toString();
        // Root RegExp (required when determining partial match)
        this.rootRegExp = new RegExp(Pattern.regExpEscape(searchSegments[0]), internal_pattern_IS_WINDOWS ? 'i' : '');
        this.isImplicitPattern = isImplicitPattern;
        // Create minimatch
        const minimatchOptions = {
            dot: true,
            nobrace: true,
            nocase: internal_pattern_IS_WINDOWS,
            nocomment: true,
            noext: true,
            nonegate: true
        };
        pattern = internal_pattern_IS_WINDOWS ? pattern.replace(/\\/g, '/') : pattern;
        this.minimatch = new Minimatch(pattern, minimatchOptions);
    }
    /**
     * Matches the pattern against the specified path
     */
    match(itemPath) {
        // Last segment is globstar?
        if (this.segments[this.segments.length - 1] === '**') {
            // Normalize slashes
            itemPath = normalizeSeparators(itemPath);
            // Append a trailing slash. Otherwise Minimatch will not match the directory immediately
            // preceding the globstar. For example, given the pattern `/foo/**`, Minimatch returns
            // false for `/foo` but returns true for `/foo/`. Append a trailing slash to handle that quirk.
            if (!itemPath.endsWith(external_path_namespaceObject.sep) && this.isImplicitPattern === false) {
                // Note, this is safe because the constructor ensures the pattern has an absolute root.
                // For example, formats like C: and C:foo on Windows are resolved to an absolute root.
                itemPath = `${itemPath}${external_path_namespaceObject.sep}`;
            }
        }
        else {
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
        }
        // Match
        if (this.minimatch.match(itemPath)) {
            return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
        }
        return MatchKind.None;
    }
    /**
     * Indicates whether the pattern may match descendants of the specified path
     */
    partialMatch(itemPath) {
        // Normalize slashes and trim unnecessary trailing slash
        itemPath = safeTrimTrailingSeparator(itemPath);
        // matchOne does not handle root path correctly
        if (dirname(itemPath) === itemPath) {
            return this.rootRegExp.test(itemPath);
        }
        return this.minimatch.matchOne(itemPath.split(internal_pattern_IS_WINDOWS ? /\\+/ : /\/+/), this.minimatch.set[0], true);
    }
    /**
     * Escapes glob patterns within a path
     */
    static globEscape(s) {
        return (internal_pattern_IS_WINDOWS ? s : s.replace(/\\/g, '\\\\')) // escape '\' on Linux/macOS
            .replace(/(\[)(?=[^/]+\])/g, '[[]') // escape '[' when ']' follows within the path segment
            .replace(/\?/g, '[?]') // escape '?'
            .replace(/\*/g, '[*]'); // escape '*'
    }
    /**
     * Normalizes slashes and ensures absolute root
     */
    static fixupPattern(pattern, homedir) {
        // Empty
        external_assert_(pattern, 'pattern cannot be empty');
        // Must not contain `.` segment, unless first segment
        // Must not contain `..` segment
        const literalSegments = new Path(pattern).segments.map(x => Pattern.getLiteral(x));
        external_assert_(literalSegments.every((x, i) => (x !== '.' || i === 0) && x !== '..'), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
        // Must not contain globs in root, e.g. Windows UNC path \\foo\b*r
        external_assert_(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
        // Normalize slashes
        pattern = normalizeSeparators(pattern);
        // Replace leading `.` segment
        if (pattern === '.' || pattern.startsWith(`.${external_path_namespaceObject.sep}`)) {
            pattern = Pattern.globEscape(process.cwd()) + pattern.substr(1);
        }
        // Replace leading `~` segment
        else if (pattern === '~' || pattern.startsWith(`~${external_path_namespaceObject.sep}`)) {
            homedir = homedir || external_os_namespaceObject.homedir();
            external_assert_(homedir, 'Unable to determine HOME directory');
            external_assert_(hasAbsoluteRoot(homedir), `Expected HOME directory to be a rooted path. Actual '${homedir}'`);
            pattern = Pattern.globEscape(homedir) + pattern.substr(1);
        }
        // Replace relative drive root, e.g. pattern is C: or C:foo
        else if (internal_pattern_IS_WINDOWS &&
            (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', pattern.substr(0, 2));
            if (pattern.length > 2 && !root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(2);
        }
        // Replace relative root, e.g. pattern is \ or \foo
        else if (internal_pattern_IS_WINDOWS && (pattern === '\\' || pattern.match(/^\\[^\\]/))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', '\\');
            if (!root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(1);
        }
        // Otherwise ensure absolute root
        else {
            pattern = ensureAbsoluteRoot(Pattern.globEscape(process.cwd()), pattern);
        }
        return normalizeSeparators(pattern);
    }
    /**
     * Attempts to unescape a pattern segment to create a literal path segment.
     * Otherwise returns empty string.
     */
    static getLiteral(segment) {
        let literal = '';
        for (let i = 0; i < segment.length; i++) {
            const c = segment[i];
            // Escape
            if (c === '\\' && !internal_pattern_IS_WINDOWS && i + 1 < segment.length) {
                literal += segment[++i];
                continue;
            }
            // Wildcard
            else if (c === '*' || c === '?') {
                return '';
            }
            // Character set
            else if (c === '[' && i + 1 < segment.length) {
                let set = '';
                let closed = -1;
                for (let i2 = i + 1; i2 < segment.length; i2++) {
                    const c2 = segment[i2];
                    // Escape
                    if (c2 === '\\' && !internal_pattern_IS_WINDOWS && i2 + 1 < segment.length) {
                        set += segment[++i2];
                        continue;
                    }
                    // Closed
                    else if (c2 === ']') {
                        closed = i2;
                        break;
                    }
                    // Otherwise
                    else {
                        set += c2;
                    }
                }
                // Closed?
                if (closed >= 0) {
                    // Cannot convert
                    if (set.length > 1) {
                        return '';
                    }
                    // Convert to literal
                    if (set) {
                        literal += set;
                        i = closed;
                        continue;
                    }
                }
                // Otherwise fall thru
            }
            // Append
            literal += c;
        }
        return literal;
    }
    /**
     * Escapes regexp special characters
     * https://javascript.info/regexp-escaping
     */
    static regExpEscape(s) {
        return s.replace(/[[\\^$.|?*+()]/g, '\\$&');
    }
}
//# sourceMappingURL=internal-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-search-state.js
class SearchState {
    constructor(path, level) {
        this.path = path;
        this.level = level;
    }
}
//# sourceMappingURL=internal-search-state.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-globber.js
var internal_globber_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};
var __await = (undefined && undefined.__await) || function (v) { return this instanceof __await ? (this.v = v, this) : new __await(v); }
var __asyncGenerator = (undefined && undefined.__asyncGenerator) || function (thisArg, _arguments, generator) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var g = generator.apply(thisArg, _arguments || []), i, q = [];
    return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function () { return this; }, i;
    function awaitReturn(f) { return function (v) { return Promise.resolve(v).then(f, reject); }; }
    function verb(n, f) { if (g[n]) { i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; if (f) i[n] = f(i[n]); } }
    function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
    function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r); }
    function fulfill(value) { resume("next", value); }
    function reject(value) { resume("throw", value); }
    function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
};








const internal_globber_IS_WINDOWS = process.platform === 'win32';
class DefaultGlobber {
    constructor(options) {
        this.patterns = [];
        this.searchPaths = [];
        this.options = getOptions(options);
    }
    getSearchPaths() {
        // Return a copy
        return this.searchPaths.slice();
    }
    glob() {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            var _a, e_1, _b, _c;
            const result = [];
            try {
                for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a = _f.done, !_a; _d = true) {
                    _c = _f.value;
                    _d = false;
                    const itemPath = _c;
                    result.push(itemPath);
                }
            }
            catch (e_1_1) { e_1 = { error: e_1_1 }; }
            finally {
                try {
                    if (!_d && !_a && (_b = _e.return)) yield _b.call(_e);
                }
                finally { if (e_1) throw e_1.error; }
            }
            return result;
        });
    }
    globGenerator() {
        return __asyncGenerator(this, arguments, function* globGenerator_1() {
            // Fill in defaults options
            const options = getOptions(this.options);
            // Implicit descendants?
            const patterns = [];
            for (const pattern of this.patterns) {
                patterns.push(pattern);
                if (options.implicitDescendants &&
                    (pattern.trailingSeparator ||
                        pattern.segments[pattern.segments.length - 1] !== '**')) {
                    patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat('**')));
                }
            }
            // Push the search paths
            const stack = [];
            for (const searchPath of getSearchPaths(patterns)) {
                core_debug(`Search path '${searchPath}'`);
                // Exists?
                try {
                    // Intentionally using lstat. Detection for broken symlink
                    // will be performed later (if following symlinks).
                    yield __await(external_fs_namespaceObject.promises.lstat(searchPath));
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        continue;
                    }
                    throw err;
                }
                stack.unshift(new SearchState(searchPath, 1));
            }
            // Search
            const traversalChain = []; // used to detect cycles
            while (stack.length) {
                // Pop
                const item = stack.pop();
                // Match?
                const match = internal_pattern_helper_match(patterns, item.path);
                const partialMatch = !!match || internal_pattern_helper_partialMatch(patterns, item.path);
                if (!match && !partialMatch) {
                    continue;
                }
                // Stat
                const stats = yield __await(DefaultGlobber.stat(item, options, traversalChain)
                // Broken symlink, or symlink cycle detected, or no longer exists
                );
                // Broken symlink, or symlink cycle detected, or no longer exists
                if (!stats) {
                    continue;
                }
                // Hidden file or directory?
                if (options.excludeHiddenFiles && external_path_namespaceObject.basename(item.path).match(/^\./)) {
                    continue;
                }
                // Directory
                if (stats.isDirectory()) {
                    // Matched
                    if (match & MatchKind.Directory && options.matchDirectories) {
                        yield yield __await(item.path);
                    }
                    // Descend?
                    else if (!partialMatch) {
                        continue;
                    }
                    // Push the child items in reverse
                    const childLevel = item.level + 1;
                    const childItems = (yield __await(external_fs_namespaceObject.promises.readdir(item.path))).map(x => new SearchState(external_path_namespaceObject.join(item.path, x), childLevel));
                    stack.push(...childItems.reverse());
                }
                // File
                else if (match & MatchKind.File) {
                    yield yield __await(item.path);
                }
            }
        });
    }
    /**
     * Constructs a DefaultGlobber
     */
    static create(patterns, options) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            const result = new DefaultGlobber(options);
            if (internal_globber_IS_WINDOWS) {
                patterns = patterns.replace(/\r\n/g, '\n');
                patterns = patterns.replace(/\r/g, '\n');
            }
            const lines = patterns.split('\n').map(x => x.trim());
            for (const line of lines) {
                // Empty or comment
                if (!line || line.startsWith('#')) {
                    continue;
                }
                // Pattern
                else {
                    result.patterns.push(new Pattern(line));
                }
            }
            result.searchPaths.push(...getSearchPaths(result.patterns));
            return result;
        });
    }
    static stat(item, options, traversalChain) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            // Note:
            // `stat` returns info about the target of a symlink (or symlink chain)
            // `lstat` returns info about a symlink itself
            let stats;
            if (options.followSymbolicLinks) {
                try {
                    // Use `stat` (following symlinks)
                    stats = yield external_fs_namespaceObject.promises.stat(item.path);
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        if (options.omitBrokenSymbolicLinks) {
                            core_debug(`Broken symlink '${item.path}'`);
                            return undefined;
                        }
                        throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
                    }
                    throw err;
                }
            }
            else {
                // Use `lstat` (not following symlinks)
                stats = yield external_fs_namespaceObject.promises.lstat(item.path);
            }
            // Note, isDirectory() returns false for the lstat of a symlink
            if (stats.isDirectory() && options.followSymbolicLinks) {
                // Get the realpath
                const realPath = yield external_fs_namespaceObject.promises.realpath(item.path);
                // Fixup the traversal chain to match the item level
                while (traversalChain.length >= item.level) {
                    traversalChain.pop();
                }
                // Test for a cycle
                if (traversalChain.some((x) => x === realPath)) {
                    core_debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
                    return undefined;
                }
                // Update the traversal chain
                traversalChain.push(realPath);
            }
            return stats;
        });
    }
}
//# sourceMappingURL=internal-globber.js.map
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(23);
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-hash-files.js
var internal_hash_files_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var internal_hash_files_asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};






function hashFiles(globber_1, currentWorkspace_1) {
    return internal_hash_files_awaiter(this, arguments, void 0, function* (globber, currentWorkspace, verbose = false) {
        var _a, e_1, _b, _c;
        var _d;
        const writeDelegate = verbose ? core.info : core.debug;
        let hasMatch = false;
        const githubWorkspace = currentWorkspace
            ? currentWorkspace
            : ((_d = process.env['GITHUB_WORKSPACE']) !== null && _d !== void 0 ? _d : process.cwd());
        const result = crypto.createHash('sha256');
        let count = 0;
        try {
            for (var _e = true, _f = internal_hash_files_asyncValues(globber.globGenerator()), _g; _g = yield _f.next(), _a = _g.done, !_a; _e = true) {
                _c = _g.value;
                _e = false;
                const file = _c;
                writeDelegate(file);
                if (!file.startsWith(`${githubWorkspace}${path.sep}`)) {
                    writeDelegate(`Ignore '${file}' since it is not under GITHUB_WORKSPACE.`);
                    continue;
                }
                if (fs.statSync(file).isDirectory()) {
                    writeDelegate(`Skip directory '${file}'.`);
                    continue;
                }
                const hash = crypto.createHash('sha256');
                const pipeline = util.promisify(stream.pipeline);
                yield pipeline(fs.createReadStream(file), hash);
                result.write(hash.digest());
                count++;
                if (!hasMatch) {
                    hasMatch = true;
                }
            }
        }
        catch (e_1_1) { e_1 = { error: e_1_1 }; }
        finally {
            try {
                if (!_e && !_a && (_b = _f.return)) yield _b.call(_f);
            }
            finally { if (e_1) throw e_1.error; }
        }
        result.end();
        if (hasMatch) {
            writeDelegate(`Found ${count} files to hash.`);
            return result.digest('hex');
        }
        else {
            writeDelegate(`No matches found for glob`);
            return '';
        }
    });
}
//# sourceMappingURL=internal-hash-files.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/glob.js
var glob_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Constructs a globber
 *
 * @param patterns  Patterns separated by newlines
 * @param options   Glob options
 */
function glob_create(patterns, options) {
    return glob_awaiter(this, void 0, void 0, function* () {
        return yield DefaultGlobber.create(patterns, options);
    });
}
/**
 * Computes the sha256 hash of a glob
 *
 * @param patterns  Patterns separated by newlines
 * @param currentWorkspace  Workspace used when matching files
 * @param options   Glob options
 * @param verbose   Enables verbose logging
 */
function glob_hashFiles(patterns_1) {
    return glob_awaiter(this, arguments, void 0, function* (patterns, currentWorkspace = '', options, verbose = false) {
        let followSymbolicLinks = true;
        if (options && typeof options.followSymbolicLinks === 'boolean') {
            followSymbolicLinks = options.followSymbolicLinks;
        }
        const globber = yield glob_create(patterns, { followSymbolicLinks });
        return _hashFiles(globber, currentWorkspace, verbose);
    });
}
//# sourceMappingURL=glob.js.map
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/action/globMatches.ts
/**
 * The paths the `glob` input matches, with the shell's rule for hidden names (dotglob off): a file
 * or directory whose name starts with `.` is taken only by a pattern segment that starts with `.`
 * itself (`.env`, `.github/**`, `**\/.env`, `.*`, or a workspace under `.ws`; `.git` only when
 * named so); `*` and `**` never reach one, and a matched directory contributes none (`**` does not
 * take `.git/config`, `dist` not `dist/.keep`).
 *
 * @actions/glob's own `excludeHiddenFiles` does this below a pattern's literal part, but also
 * refuses a literal part that ends in a hidden name (`.env`, `.github/**`, all of a workspace
 * named `.ws`) and takes no named one below it (`**\/.env`). Patterns that name a hidden entry are
 * therefore globbed apart, with hidden names on, and filtered here.
 */



const GLOB_OPTIONS = { matchDirectories: false, implicitDescendants: true };
const WILDCARD = /[*?[]/;
async function globMatches(patterns, includeHidden) {
    if (includeHidden)
        return globWith(patterns, false);
    const lines = patternLines(patterns);
    const namesHidden = new Set(lines.flatMap((line, index) => (!isNegated(line) && hiddenSegments(line).length > 0 ? [index] : [])));
    const rest = lines.filter((_, index) => !namesHidden.has(index));
    const found = rest.some((line) => !isNegated(line)) ? await globWith(rest.join('\n'), true) : [];
    for (const index of namesHidden) {
        // Last match wins in @actions/glob: only the exclusions after this line can undo it.
        const later = lines.slice(index + 1).filter(isNegated);
        const matches = await globWith([lines[index], ...later].join('\n'), false);
        found.push(...matches.filter(admitsHidden(lines[index])));
    }
    return found;
}
/**
 * Whether a match of `line` reached each of its hidden names through a segment that starts with
 * `.`. `.git` only by name: `.*` meant for dotfiles would take `.git/config`, where
 * actions/checkout keeps the job's token.
 */
function admitsHidden(line) {
    const root = searchRoot(line);
    const named = hiddenSegments(line).map((segment) => ({ pattern: segmentPattern(segment), wildcard: WILDCARD.test(segment) }));
    const admits = (name) => named.some(({ pattern, wildcard }) => pattern.test(name) && !(wildcard && name === '.git'));
    return (match) => external_node_path_default().relative(root, match)
        .split((external_node_path_default()).sep)
        .every((name) => !name.startsWith('.') || admits(name));
}
/**
 * How many paths the patterns match only when hidden names are taken; 0 when that cannot be told.
 * Paths in a `.git` directory are not counted: the hint must not lead to checkout's token.
 */
async function countHiddenMatches(patterns) {
    try {
        return (await globWith(patterns, false)).filter((match) => !match.split((external_node_path_default()).sep).includes('.git')).length;
    }
    catch {
        // Only a hint: a hidden directory that cannot be read must not fail a step that found nothing.
        return 0;
    }
}
async function globWith(patterns, excludeHiddenFiles) {
    const globber = await glob_create(patterns, { ...GLOB_OPTIONS, excludeHiddenFiles });
    return globber.glob();
}
/** The pattern lines of the glob input, as @actions/glob reads them: blank lines and # comments left out. */
function patternLines(patterns) {
    return patterns
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** An exclusion: an odd number of leading `!` (spaces between them allowed, as @actions/glob). */
function isNegated(line) {
    const bangs = /^[!\s]*/.exec(line)?.[0].replace(/\s/g, '').length ?? 0;
    return bangs % 2 === 1;
}
/** The pattern's segments, absolute, as @actions/glob reads them (`~` is the home directory). */
function segmentsOf(line) {
    let pattern = line.replace(/^[!\s]+/, '');
    if (pattern === '~' || pattern.startsWith('~/'))
        pattern = external_node_os_default().homedir() + pattern.slice(1);
    return external_node_path_default().resolve(pattern).split((external_node_path_default()).sep);
}
/** Where the literal part of the segments ends (the search root's last segment). */
function rootEnd(segments) {
    const wildcard = segments.findIndex((segment) => WILDCARD.test(segment));
    return wildcard < 0 ? segments.length - 1 : wildcard - 1;
}
/** The literal directory part of a pattern, where @actions/glob starts its search. */
function searchRoot(line) {
    const segments = segmentsOf(line);
    return segments.slice(0, rootEnd(segments) + 1).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
}
/**
 * The segments that name hidden entries (`.env`, `.*`), from the search root's own name on:
 * @actions/glob looks at no name above it.
 */
function hiddenSegments(line) {
    const segments = segmentsOf(line);
    return segments.slice(Math.max(rootEnd(segments), 0)).filter((segment) => segment.startsWith('.'));
}
/** One pattern segment as a regular expression over one name (`*`, `?`, `[...]`). */
function segmentPattern(segment) {
    const source = segment
        .split(/(\[[^\]]*\])/)
        .map((part, index) => index % 2 === 1
        ? part.replace(/^\[!/, '[^')
        : part.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.'))
        .join('');
    return new RegExp(`^${source}$`);
}

;// CONCATENATED MODULE: ./src/action/files.ts







const IF_NO_FILES_FOUND_VALUES = ['error', 'warn', 'ignore'];
/** The workspace that reported paths are relative to: GITHUB_WORKSPACE, else the cwd. */
function defaultWorkspace() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
/**
 * Expands newline-separated @actions/glob patterns (`!pattern` excludes, a matched directory
 * contributes the files under it) into the regular files to upload: each once, sorted by path.
 * Relative patterns are rooted at the cwd, which the runner sets to GITHUB_WORKSPACE.
 */
async function findFiles(patterns, options = {}) {
    const workspace = external_node_path_default().resolve(options.workspace ?? defaultWorkspace());
    let matches;
    try {
        matches = await globMatches(patterns, options.includeHiddenFiles ?? false);
    }
    catch (error) {
        throw new UsageError(`Input 'glob': ${error instanceof Error ? error.message : String(error)}`);
    }
    const files = new Map();
    for (const match of matches) {
        const absolutePath = external_node_path_default().resolve(match);
        if (files.has(absolutePath))
            continue;
        const stats = await statMatch(absolutePath);
        if (stats === undefined)
            continue;
        files.set(absolutePath, { absolutePath, path: reportedPath(absolutePath, workspace), size: stats.size, mtimeMs: stats.mtimeMs });
    }
    return [...files.values()].sort((a, b) => compare(a.path, b.path) || compare(a.absolutePath, b.absolutePath));
}
/**
 * The match's stats when it is a regular file. A FIFO, socket or device is left out with a log
 * line, a file gone since the glob (or unreadable) with a warning: neither silently.
 */
async function statMatch(absolutePath) {
    let stats;
    try {
        stats = await external_node_fs_namespaceObject.promises.stat(absolutePath);
    }
    catch (error) {
        const code = error.code ?? String(error);
        log_warning(`Skipped ${absolutePath}: it matched the glob but cannot be read now (${code})`);
        return undefined;
    }
    if (stats.isFile())
        return stats;
    // Directories are expanded by the globber (implicitDescendants); anything else is no file.
    if (!stats.isDirectory())
        log_info(`Skipped ${absolutePath}: not a regular file`);
    return undefined;
}
/** Relative to the workspace with `/` separators; absolute (as is) when outside the workspace. */
function reportedPath(absolutePath, workspace) {
    return pathUnder(absolutePath, workspace) ?? absolutePath;
}
/** Code-unit order: the same on every runner, whatever its locale. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The message for an empty match, naming the patterns; `hiddenMatches` files that only
 * `include-hidden-files: true` would have taken get a hint instead of the usual fix.
 */
function noFilesMessage(patterns, hiddenMatches = 0) {
    const shown = patternLines(patterns).join(', ');
    const message = `No files were found with the provided glob: ${shown}. No files will be uploaded.`;
    if (hiddenMatches === 0)
        return message;
    const count = countOf(hiddenMatches, 'hidden file', 'hidden files');
    return `${message} It matched ${count} (a name starting with '.'); set 'include-hidden-files' to true to upload them.`;
}
/**
 * Applies `if-no-files-found` when nothing matched: `error` throws, `warn` adds a warning
 * annotation, `ignore` logs a line.
 */
function handleNoFiles(mode, patterns, hiddenMatches = 0) {
    const message = noFilesMessage(patterns, hiddenMatches);
    switch (mode) {
        case 'error':
            throw new NoFilesFoundError(hiddenMatches > 0 ? message : `${message} Check the 'glob' input, or set 'if-no-files-found' to warn or ignore.`);
        case 'warn':
            log_warning(message);
            return;
        case 'ignore':
            log_info(message);
            return;
    }
}
class NoFilesFoundError extends Error {
    constructor(message) {
        super(message);
        this.name = 'NoFilesFoundError';
    }
}

;// CONCATENATED MODULE: ./src/common/pem.ts
/** Checks a CA file's certificates before any request, so that a broken one is named as such. */




const BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
/** Why `pem` cannot serve as CA certificates, or undefined when every block parses. */
function pemProblem(pem) {
    const blocks = pem.match(BLOCK) ?? [];
    if (blocks.length === 0)
        return 'holds no PEM certificate (no "-----BEGIN CERTIFICATE-----" ... "-----END CERTIFICATE-----" block)';
    const { X509Certificate } = nodeCrypto();
    for (const [index, block] of blocks.entries()) {
        try {
            new X509Certificate(block);
        }
        catch (error) {
            const which = blocks.length === 1 ? 'its certificate' : `certificate ${index + 1} of ${blocks.length}`;
            return `holds a PEM block that is not a certificate: ${which} does not parse (${error.message})`;
        }
    }
    return undefined;
}
/** A CA file named by `what` (--ca, the ca-file input), read and checked: its PEM, or a UsageError. */
function readCaFile(file, absolute, what) {
    const pem = readText({ file, absolute, what }, 'the path of a PEM file of CA certificates');
    const problem = pemProblem(pem);
    if (problem !== undefined)
        throw new UsageError(`${what}: ${JSON.stringify(file)} ${problem}; give a PEM file of CA certificates`);
    return pem;
}
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/;
/**
 * A client certificate and its key (mutual TLS), read and checked before any request: the
 * certificate parses, the key is an unencrypted private key (in its own file, or in the
 * certificate's), and it is that certificate's key. A UsageError naming the option otherwise.
 */
function readClientCertificate(files) {
    const named = (file, what) => ({ file, absolute: external_node_path_default().resolve(files.base, file), what });
    const certFile = named(files.cert, files.certWhat);
    const keyFile = files.key === undefined ? undefined : named(files.key, files.keyWhat);
    const cert = readText(certFile, 'a PEM file with the client certificate');
    const problem = pemProblem(cert);
    if (problem !== undefined)
        throw new UsageError(`${certFile.what}: ${JSON.stringify(certFile.file)} ${problem}; give a PEM file with the client certificate`);
    const keyText = keyFile === undefined ? cert : readText(keyFile, 'a PEM file with the private key');
    const key = PRIVATE_KEY.exec(keyText)?.[0];
    const keyWhat = keyFile ?? certFile;
    if (key === undefined) {
        const fix = keyFile === undefined ? `give the key with ${files.keyOption}` : 'give a PEM private key';
        throw new UsageError(`${keyWhat.what}: ${JSON.stringify(keyWhat.file)} holds no PEM private key; ${fix}`);
    }
    const { X509Certificate, createPrivateKey } = nodeCrypto();
    let privateKey;
    try {
        privateKey = createPrivateKey(key);
    }
    catch {
        throw new UsageError(`${keyWhat.what}: ${JSON.stringify(keyWhat.file)} holds a private key that cannot be read (encrypted, or damaged); give an unencrypted PEM key`);
    }
    const first = cert.match(BLOCK)?.[0];
    if (!new X509Certificate(first).checkPrivateKey(privateKey)) {
        throw new UsageError(`${keyWhat.what}: ${JSON.stringify(keyWhat.file)} is not the key of the certificate in ${JSON.stringify(certFile.file)}; give the matching key`);
    }
    return { cert, key };
}
function readText(file, wanted) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(file.absolute, 'utf8');
    }
    catch (error) {
        throw new UsageError(`${file.what}: cannot read ${JSON.stringify(file.file)} (${describeFsError(error)}); give ${wanted}`);
    }
}

;// CONCATENATED MODULE: ./src/common/headerLines.ts
/** HTTP headers as a user types them: `Name: value`. */




/** `Name: value` → [name, value]: the name a valid HTTP token, the value trimmed, no CR/LF/NUL. */
function parseHeaderLine(text, what) {
    const colon = text.indexOf(':');
    if (colon === -1) {
        throw new UsageError(`${what}: ${JSON.stringify(text)} is not a header; use 'Name: value'`);
    }
    const name = text.slice(0, colon).trim();
    const value = text.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (name === '') {
        throw new UsageError(`${what}: ${JSON.stringify(text)} has no header name; use 'Name: value'`);
    }
    if (!HEADER_NAME.test(name)) {
        throw new UsageError(`${what}: ${JSON.stringify(name)} is not a valid header name; use letters, digits and - (e.g. 'X-Api-Key: value')`);
    }
    if (/[\r\n\0]/.test(value)) {
        throw new UsageError(`${what}: the value of ${name} contains a line break or NUL; give it on one line`);
    }
    if (!HEADER_VALUE.test(value)) {
        throw new UsageError(`${what}: the value of ${name} has characters beyond Latin-1; HTTP header values are bytes: percent-encode or base64 it`);
    }
    const owner = CLIENT_HEADERS.get(name.toLowerCase());
    if (owner !== undefined)
        throw new UsageError(`${what}: ${name} is ${owner}; remove it`);
    return [name, value];
}
/** Several header lines; a name given twice (in any case) is an error. */
function parseHeaderLines(lines, what) {
    const headers = {};
    const seen = new Set();
    for (const line of lines) {
        const [name, value] = parseHeaderLine(line, what);
        if (seen.has(name.toLowerCase())) {
            throw new UsageError(`${what}: ${name} is given twice; give each header once`);
        }
        seen.add(name.toLowerCase());
        setEntry(headers, name, value);
    }
    return headers;
}

;// CONCATENATED MODULE: ./src/common/urls.ts



/** A URL the user gave, checked as the library will check it: the text, or a UsageError naming `what`. */
function readHttpUrl(text, what) {
    try {
        parseHttpUrl(text, what);
    }
    catch (error) {
        throw error instanceof errors_TusError ? new UsageError(error.message) : error;
    }
    return text;
}

;// CONCATENATED MODULE: ./src/action/inputs.ts














/** The input names, exactly as in action.yml. */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'endpoint',
    'glob',
    'metadata',
    'default-metadata',
    'headers',
    'allow-cross-origin-headers',
    'retries',
    'retry-delay',
    'timeout',
    'chunk-size',
    'concurrency',
    'insecure-ssl',
    'ca-file',
    'cert-file',
    'key-file',
    'method-override',
    'resume-file',
    'if-no-files-found',
    'include-hidden-files'
]));
const coreGetInput = (name) => core_getInput(name);
function what(name) {
    return `Input '${name}'`;
}
/** Reads and checks every input; throws a UsageError naming the input and the fix. */
function readInputs(getInput = coreGetInput) {
    const text = (name) => getInput(name).trim();
    const caFile = text('ca-file') || undefined;
    const chunkSize = text('chunk-size');
    return {
        endpoint: readEndpoint(text('endpoint')),
        glob: readGlob(getInput('glob')),
        metadata: parseMetadataEntries(lines(getInput('metadata')), what('metadata')),
        defaultMetadata: readBoolean(text('default-metadata'), 'default-metadata', true),
        headers: parseHeaderLines(lines(getInput('headers')), what('headers')),
        allowCrossOriginHeaders: readBoolean(text('allow-cross-origin-headers'), 'allow-cross-origin-headers', false),
        retries: readOr(text('retries'), DEFAULTS.retries, (t) => parseCount(t, what('retries'), { min: 0 })),
        retryDelay: readOr(text('retry-delay'), DEFAULTS.retryDelay, (t) => parseSeconds(t, what('retry-delay'))),
        timeout: readOr(text('timeout'), DEFAULTS.timeout, (t) => parseSeconds(t, what('timeout'), { positive: true })),
        chunkSize: chunkSize === '' ? undefined : parseSize(chunkSize, what('chunk-size')),
        concurrency: readOr(text('concurrency'), DEFAULTS.concurrency, (t) => parseCount(t, what('concurrency'), { min: 1, max: MAX_CONCURRENCY })),
        insecureSsl: readBoolean(text('insecure-ssl'), 'insecure-ssl', false),
        ca: caFile === undefined ? undefined : readCaFile(caFile, external_node_path_default().resolve(caFile), what('ca-file')),
        clientCertificate: readClientCertificateInputs(text('cert-file'), text('key-file')),
        ifNoFilesFound: readIfNoFilesFound(text('if-no-files-found')),
        includeHiddenFiles: readBoolean(text('include-hidden-files'), 'include-hidden-files', false),
        methodOverride: readBoolean(text('method-override'), 'method-override', false),
        resumeFile: text('resume-file') === '' ? undefined : external_node_path_default().resolve(text('resume-file'))
    };
}
/** Non-blank lines, trimmed, of a multi-line input. */
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
function readOr(value, fallback, parse) {
    return value === '' ? fallback : parse(value);
}
function readEndpoint(value) {
    if (value === '')
        throw new UsageError(`${what('endpoint')} is required; give the tus creation URL, like https://tus.example.com/files/`);
    return readHttpUrl(value, what('endpoint'));
}
function readGlob(value) {
    if (patternLines(value).length === 0) {
        throw new UsageError(`${what('glob')} is required; give one or more file patterns, one per line, like dist/*.zip`);
    }
    return value;
}
function readClientCertificateInputs(certFile, keyFile) {
    if (certFile === '') {
        if (keyFile !== '')
            throw new UsageError(`${what('key-file')} is the key of a client certificate; give the 'cert-file' input too`);
        return undefined;
    }
    return readClientCertificate({
        cert: certFile,
        certWhat: what('cert-file'),
        key: keyFile === '' ? undefined : keyFile,
        keyWhat: what('key-file'),
        base: process.cwd(),
        keyOption: "the 'key-file' input"
    });
}
function readBoolean(value, name, fallback) {
    if (value === '')
        return fallback;
    const lower = value.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    throw new UsageError(`${what(name)}: ${JSON.stringify(value)} is not a boolean; use true or false`);
}
function readIfNoFilesFound(value) {
    if (value === '')
        return 'error';
    const mode = value.toLowerCase();
    if (IF_NO_FILES_FOUND_VALUES.includes(mode))
        return mode;
    throw new UsageError(`${what('if-no-files-found')}: ${JSON.stringify(value)} is not a valid value; use error, warn or ignore`);
}
const MIN_MASKED_LENGTH = 4;
/** A user without a password in the endpoint, this long or longer, is masked as a token. */
const MIN_TOKEN_LENGTH = 16;
/**
 * Registers with core.setSecret, before anything is logged: the password of the endpoint URL
 * (as written, decoded, and as the Basic credentials the client derives), and every header value
 * of at least MIN_MASKED_LENGTH characters (a shorter one, say `X-Debug: 1`, is no credential and
 * would hide every 1 in the log) but Host's (a server name, not a secret: masking it would hide
 * every URL on that host). Works on the raw inputs, so that even an input that fails
 * validation is masked.
 */
function maskSecrets(getInput = coreGetInput, setSecret = core_setSecret) {
    const mask = (secret) => {
        if (secret.trim() !== '')
            setSecret(secret);
    };
    for (const secret of endpointSecrets(getInput('endpoint').trim()))
        mask(secret);
    for (const line of lines(getInput('headers'))) {
        const colon = line.indexOf(':');
        const value = colon === -1 ? line : line.slice(colon + 1).trim();
        const name = colon === -1 ? '' : line.slice(0, colon).trim().toLowerCase();
        // A header the client sets is refused below, and its value (say PATCH) is no credential.
        if (value.length >= MIN_MASKED_LENGTH && name !== 'host' && !CLIENT_HEADERS.has(name))
            mask(value);
    }
}
function endpointSecrets(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        // Not a URL: still mask what looks like user:password@, or a lone user long enough to be a token.
        const credentials = textCredentials(endpoint);
        if (credentials === undefined)
            return [];
        const secret = credentials.password ?? (credentials.user.length >= MIN_TOKEN_LENGTH ? credentials.user : '');
        return secret === '' ? [] : [secret];
    }
    if (url.password === '') {
        // A lone user of token length (https://ghp_...@host/) is a token; a short one is a name.
        if (url.username.length < MIN_TOKEN_LENGTH)
            return [];
        const user = safeDecode(url.username);
        return [url.username, user, Buffer.from(`${user}:`).toString('base64')];
    }
    const password = safeDecode(url.password);
    const basic = Buffer.from(`${safeDecode(url.username)}:${password}`).toString('base64');
    return [url.password, password, basic];
}
function safeDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}

;// CONCATENATED MODULE: ./src/action/outputs.ts

/** The outputs from the successful uploads and the failed ones, each given in sorted path order. */
function buildOutputs(uploads, failures = []) {
    const metadata = {};
    for (const upload of uploads)
        metadata[upload.location] = upload.metadata;
    return {
        location: uploads[0]?.location ?? '',
        locations: uploads.map((upload) => upload.location),
        metadata,
        uploads: uploads.map((upload) => ({
            path: upload.file.path,
            location: upload.location,
            size: upload.size,
            sha256: upload.sha256,
            metadata: upload.metadata
        })),
        failed: failures.map((failure) => ({
            path: failure.file.path,
            size: failure.file.size,
            location: failure.uploadUrl ?? null,
            offset: failure.offset ?? null,
            cancelled: failure.cancelled,
            error: failure.message
        }))
    };
}
/** Sets the outputs; the JSON ones read back with fromJSON() in a later step. */
function setOutputs(outputs) {
    setOutput('location', outputs.location);
    setOutput('locations', JSON.stringify(outputs.locations));
    setOutput('metadata', JSON.stringify(outputs.metadata));
    setOutput('uploads', JSON.stringify(outputs.uploads));
    setOutput('failed', JSON.stringify(outputs.failed));
}

;// CONCATENATED MODULE: ./src/action/summary.ts




function totalsOf(outcomes, elapsedMs) {
    const uploads = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.upload] : []));
    return {
        files: outcomes.length,
        uploaded: uploads.length,
        failed: outcomes.length - uploads.length,
        cancelled: outcomes.filter((outcome) => !outcome.ok && outcome.failure.cancelled).length,
        bytes: uploads.reduce((sum, upload) => sum + upload.size, 0),
        retries: outcomes.reduce((sum, outcome) => sum + (outcome.ok ? outcome.upload.retries : (outcome.failure.retries ?? 0)), 0),
        elapsedMs,
        resumed: uploads.filter((upload) => upload.resumed === true).length
    };
}
/** "Uploaded 3 of 3 files, 4.2 GiB in 50s (84 MB/s), 0 retries"; no rate under 1 MiB. */
function totalLine(totals) {
    const rate = totalRate(totals);
    const retries = countOf(totals.retries, 'retry', 'retries');
    return `Uploaded ${totals.uploaded} of ${filesText(totals.files)}${notDone(totals)}, ${formatBytes(totals.bytes)} in ${formatDuration(totals.elapsedMs)}${rate ? ` (${rate})` : ''}, ${retries}`;
}
function totalRate(totals) {
    return totals.resumed > 0 ? undefined : transferRate(totals.bytes, totals.elapsedMs);
}
function filesText(count) {
    return countOf(count, 'file', 'files');
}
/** " (1 failed, 2 cancelled)", or "" when all were uploaded. */
function notDone(totals) {
    const parts = [];
    if (totals.failed > totals.cancelled)
        parts.push(`${totals.failed - totals.cancelled} failed`);
    if (totals.cancelled > 0)
        parts.push(`${totals.cancelled} cancelled`);
    return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
/**
 * Text for an HTML cell: controls and bidirectional overrides escaped as in the log (a line
 * break would end the table's HTML block, an override reorder a file name), then HTML-encoded.
 */
function escapeHtml(text) {
    return escapeControls(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
// A rate cell for a small transfer, where a rate would say little.
const NO_RATE = '–';
/**
 * Files listed in the job summary at most, and the bytes their rows may take: GitHub drops a
 * summary over 1 MiB whole (with an error annotation); a row takes 200 bytes and more.
 */
const MAX_SUMMARY_FILES = 1000;
const MAX_SUMMARY_ROW_BYTES = 800_000;
/** One file's row: its upload, or why it has none. */
function fileRow(outcome) {
    if (outcome.ok) {
        const { upload } = outcome;
        return [
            `<code>${escapeHtml(upload.file.path)}</code>`,
            formatBytes(upload.size),
            `<code>${escapeHtml(upload.location)}</code>`,
            formatDuration(upload.elapsedMs),
            (upload.resumed ? undefined : transferRate(upload.size, upload.elapsedMs)) ?? NO_RATE,
            String(upload.retries)
        ];
    }
    const { failure } = outcome;
    const status = failure.cancelled ? '⏹️' : '❌ failed:';
    return [`<code>${escapeHtml(failure.file.path)}</code>`, formatBytes(failure.file.size), { data: `${status} ${escapeHtml(failure.message)}`, colspan: '4' }];
}
function rowBytes(row) {
    return row.reduce((sum, cell) => sum + Buffer.byteLength(typeof cell === 'string' ? cell : cell.data) + 20, 0);
}
/** Which rows fit: the failed files' first, then the others, each in path order, as room allows. */
function rowsThatFit(outcomes, rows) {
    const order = [...outcomes.keys()].sort((a, b) => Number(outcomes[a].ok) - Number(outcomes[b].ok));
    const fit = new Set();
    let bytes = 0;
    for (const index of order) {
        const size = rowBytes(rows[index]);
        if (fit.size >= MAX_SUMMARY_FILES || bytes + size > MAX_SUMMARY_ROW_BYTES)
            break;
        fit.add(index);
        bytes += size;
    }
    return fit;
}
/** The job summary table: file, size, upload URL, time, rate, retries; then the totals. */
function summaryRows(outcomes, totals) {
    const header = ['File', 'Size', 'Upload URL', 'Time', 'Rate', 'Retries'].map((data) => ({ data, header: true }));
    const fileRows = outcomes.map(fileRow);
    const fit = rowsThatFit(outcomes, fileRows);
    const rows = [header, ...fileRows.filter((_, index) => fit.has(index))];
    if (fit.size < outcomes.length) {
        const more = `${countOf(outcomes.length - fit.size, 'more file', 'more files')} not listed here (failed files take the room first); the uploads and failed outputs hold them all`;
        rows.push([{ data: `<i>${more}</i>`, colspan: '6' }]);
    }
    rows.push([
        `<b>Total: ${totals.uploaded} of ${filesText(totals.files)}</b>`,
        `<b>${formatBytes(totals.bytes)}</b>`,
        // An empty cell would be written as an unclosed <td>.
        totals.failed > 0 ? `<b>${notDone(totals).trim().slice(1, -1)}</b>` : '&nbsp;',
        `<b>${formatDuration(totals.elapsedMs)}</b>`,
        `<b>${totalRate(totals) ?? NO_RATE}</b>`,
        `<b>${totals.retries}</b>`
    ]);
    return rows;
}
/** Writes the job summary when the runner offers one (GITHUB_STEP_SUMMARY); never fails the step. */
async function writeSummary(endpoint, content) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        const summary = summary_summary.addHeading('tus upload', 3).addRaw(`<p>Endpoint: <code>${escapeHtml(endpoint)}</code></p>`, true);
        if ('note' in content)
            summary.addRaw(`<p>${escapeHtml(content.note)}</p>`, true);
        else
            summary.addTable(summaryRows(content.outcomes, content.totals));
        await summary.write();
    }
    catch (error) {
        log_warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
    finally {
        summary_summary.emptyBuffer();
    }
}

;// CONCATENATED MODULE: ./src/common/stoppedUpload.ts
/** What can be learnt of an upload once it stopped: the server's offset, and whether its file changed. */


/** How long an interrupted upload's offset is asked for, within the runner's 7.5 s before SIGTERM. */
const ASK_OFFSET_MS = 3000;
/** The bytes the server holds of an upload: one HEAD, ASK_OFFSET_MS at most; undefined when it did not answer. */
async function askOffset(uploadUrl, options) {
    try {
        const state = await offset(uploadUrl, { ...options, timeout: ASK_OFFSET_MS / 1000, signal: AbortSignal.timeout(ASK_OFFSET_MS) });
        return state.offset;
    }
    catch {
        return undefined;
    }
}
/**
 * The warning for a file written to while it was uploaded (`found` is what it was when found,
 * `uploaded` the bytes the upload took): the stored bytes may mix old and new. Undefined when not.
 */
function changedFileWarning(label, path, found, uploaded) {
    const now = changedFile(path, found.size, found.mtimeMs);
    if (uploaded === found.size && now === undefined)
        return undefined;
    const sizes = `${found.size} bytes when found, ${uploaded} uploaded${now ? `, ${now.size} now` : ''}`;
    return `${label}: the file changed during the upload (${sizes}); the stored bytes may mix old and new: upload it again`;
}
/**
 * The file's stats when it was written to since it was found with `size` and `mtimeMs` (the upload
 * may then mix old and new bytes); undefined when unchanged, or gone (what was sent was read before).
 */
function changedFile(path, size, mtimeMs) {
    let now;
    try {
        now = (0,external_node_fs_namespaceObject.statSync)(path);
    }
    catch {
        return undefined;
    }
    return now.size !== size || now.mtimeMs !== mtimeMs ? now : undefined;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/action/hash.ts



/**
 * The SHA-256 of a file's first `length` bytes (default: all of it) as lowercase hex, streamed
 * (never the whole file in memory).
 */
async function sha256File(filePath, signal, length) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    if (length === 0)
        return hash.digest('hex');
    const stream = (0,external_node_fs_namespaceObject.createReadStream)(filePath, length === undefined ? {} : { end: length - 1 });
    if (signal !== undefined)
        (0,external_node_stream_namespaceObject.addAbortSignal)(signal, stream);
    for await (const chunk of stream)
        hash.update(chunk);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/action/progress.ts

const PROGRESS_INTERVAL_MS = 10_000;
/**
 * An `onProgress` callback that calls `log` at most once per interval (the first time one
 * interval after the first report), with e.g. "sent 1.2 GiB of 4.0 GiB (30%), 85 MB/s": the rate
 * over the last interval. Small uploads, done within the interval, log nothing.
 */
function throttledProgress(log, options = {}) {
    const intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
    const now = options.now ?? Date.now;
    let lastTime = 0;
    // Counted from the first report: it may hold a resumed upload's offset, bytes the server had
    // before this run, which a rate from 0 would count as sent now.
    let lastBytes;
    return (bytesSent, bytesTotal) => {
        const time = now();
        if (lastBytes === undefined) {
            lastBytes = bytesSent;
            lastTime = time;
            return;
        }
        if (time - lastTime < intervalMs)
            return;
        const rate = ((bytesSent - lastBytes) * 1000) / (time - lastTime);
        log(`sent ${progressText(bytesSent, bytesTotal)}, ${formatRate(Math.max(0, rate))}`);
        lastTime = time;
        lastBytes = bytesSent;
    };
}
/** "1.2 GiB of 4.0 GiB (30%)", or "1.2 GiB" when the total is unknown. */
function progressText(bytesSent, bytesTotal) {
    if (bytesTotal === undefined)
        return formatBytes(bytesSent);
    const percent = bytesTotal === 0 ? 100 : Math.floor((bytesSent / bytesTotal) * 100);
    return `${formatBytes(bytesSent)} of ${formatBytes(bytesTotal)} (${percent}%)`;
}

;// CONCATENATED MODULE: ./src/action/upload.ts









/** A file's failure, carrying what the report needs. */
class FileUploadError extends Error {
    failure;
    constructor(failure) {
        super(failure.message);
        this.failure = failure;
        this.name = 'FileUploadError';
    }
}
/** The options of every request of a run: headers, TLS, timeout, cancellation; `onRetry` counts a file's retries. */
function requestOptions(context, logger, onRetry) {
    const { inputs } = context;
    return {
        onRetry,
        // The upload URL's calls (read-back, offset) send headers and URL credentials as the upload did.
        endpoint: inputs.endpoint,
        headers: inputs.headers,
        httpClient: context.httpClient,
        tls: { insecure: inputs.insecureSsl, ca: inputs.ca, ...inputs.clientCertificate },
        timeout: inputs.timeout,
        signal: context.signal,
        logger,
        allowCrossOriginHeaders: inputs.allowCrossOriginHeaders,
        methodOverride: inputs.methodOverride
    };
}
/** The metadata sent with a file: the defaults (unless off), then the `metadata` input. */
function metadataFor(file, inputs) {
    // A path outside the workspace is reported absolute: no relativePath for it.
    const relativePath = external_node_path_default().isAbsolute(file.path) ? undefined : file.path;
    return { ...(inputs.defaultMetadata ? defaultMetadata(file.absolutePath, relativePath) : {}), ...inputs.metadata };
}
/**
 * Uploads one file, hashing it meanwhile, and reads its metadata back. Its log lines are
 * gathered and written as one group when it ends (uploads run side by side), under a title that
 * is its result line; progress lines and warnings go out as they come, prefixed with the path.
 * Rejects with a FileUploadError.
 */
async function uploadFile(file, context) {
    const lines = [];
    const state = new FileState(file);
    try {
        if (context.signal.aborted)
            throw new errors_TusError('ABORTED', 'cancelled before it started');
        const upload = await transfer(file, context, state, lines);
        await log_group(resultLine(upload), async () => lines.forEach((line) => log_info(line)));
        return upload;
    }
    catch (error) {
        if (context.signal.aborted)
            await state.confirmOffset(context);
        const failure = state.failure(error, context.signal.aborted);
        if (failure.cancelled && failure.uploadUrl === undefined && lines.length === 0)
            throw new FileUploadError(failure);
        await log_group(`${file.path}: ${failure.cancelled ? '' : 'failed: '}${failure.message}`, async () => lines.forEach((line) => log_info(line)));
        throw new FileUploadError(failure);
    }
}
async function transfer(file, context, state, lines) {
    const logger = fileLogger(file, lines);
    const { inputs } = context;
    const sent = metadataFor(file, inputs);
    const hashing = new AbortController();
    const stopHashing = () => hashing.abort();
    context.signal.addEventListener('abort', stopHashing, { once: true });
    // The bytes found, as the upload sends them even if the file grows meanwhile.
    const sha256 = sha256File(file.absolutePath, hashing.signal, file.size);
    sha256.catch(() => undefined); // awaited below; not unhandled when the upload fails first
    const resume = resumeEntry(file, context);
    if (resume.url !== undefined) {
        log_info(`${file.path}: resuming ${resume.url}`);
        state.setUploadUrl(resume.url);
    }
    try {
        const result = await uploadDetailed(inputs.endpoint, file.absolutePath, {
            ...requestOptions(context, logger, state.countRetry),
            metadata: sent,
            retry: { retries: inputs.retries, delay: inputs.retryDelay },
            chunkSize: inputs.chunkSize,
            uploadUrl: resume.url,
            onUploadUrl: async (url) => {
                state.setUploadUrl(url);
                await resume.record(url);
            },
            onProgress: state.progress(throttledProgress((line) => log_info(`${file.path}: ${line}`)))
        });
        await resume.forget();
        state.setUploadUrl(result.location);
        state.offset = result.size;
        const digest = await sha256;
        const readBack = await readBackMetadata(file, context, logger, result.location, { sent, resumed: result.resumed }, state.countRetry);
        warnIfChanged(file, result.size);
        const upload = {
            file,
            location: result.location,
            size: result.size,
            sha256: digest,
            metadata: readBack,
            retries: state.retries, // the upload's, and the metadata read-back's
            requests: result.requests,
            elapsedMs: result.elapsedMs,
            resumed: result.resumed
        };
        lines.push(...detailLines(upload));
        return upload;
    }
    finally {
        context.signal.removeEventListener('abort', stopHashing);
        hashing.abort();
    }
}
/** The file's entry in the resume file: the upload to resume, and how to record or forget one. */
function resumeEntry(file, context) {
    const { store } = context;
    if (store === undefined)
        return { record: async () => { }, forget: async () => { } };
    const fp = fingerprint({ absolutePath: file.absolutePath, size: file.size, mtimeMs: file.mtimeMs, endpoint: context.inputs.endpoint });
    const warn = (message) => log_warning(`${file.path}: ${message}`);
    return {
        url: store.get(fp),
        // Awaited before any data is sent, so that a cancellation from then on can be resumed.
        record: (url) => storeChange(store.set(fp, url), `recording the upload URL in ${store.filePath}`, warn),
        forget: () => storeChange(store.delete(fp), `removing the finished upload from ${store.filePath}`, warn)
    };
}
/** A file written to while it was read may be stored as a mix of old and new bytes: say so. */
function warnIfChanged(file, uploaded) {
    const changed = changedFileWarning(file.path, file.absolutePath, file, uploaded);
    if (changed !== undefined)
        log_warning(changed);
}
/** Info lines go to the file's group (written when it ends); the rest out at once, with the path. */
function fileLogger(file, lines) {
    return {
        debug: (message) => log_debug(`${file.path}: ${message}`),
        info: (message) => lines.push(message),
        warn: (message) => log_warning(`${file.path}: ${message}`)
    };
}
/** The lines of an uploaded file's group. */
function detailLines(upload) {
    return [
        `Upload URL: ${upload.location}`,
        `Size: ${formatBytes(upload.size)} (${upload.size} bytes)`,
        `SHA-256: ${upload.sha256}`,
        `Metadata read back: ${describeMetadata(upload.metadata)}`,
        `Retries: ${upload.retries}, requests: ${upload.requests}`
    ];
}
/** The metadata as the server stored it (proof it was kept), warning about any difference. */
async function readBackMetadata(file, context, logger, location, { sent, resumed }, onRetry) {
    const { retries, retryDelay } = context.inputs;
    const stored = await metadata(location, { ...requestOptions(context, logger, onRetry), retry: { retries, delay: retryDelay } });
    const readBack = metadataToStrings(stored);
    // tus keeps the metadata of an upload's creation: a resumed one has an earlier run's.
    const resumedNote = resumed ? ' (the upload was resumed: it keeps the metadata it was created with)' : '';
    for (const difference of metadataDifferences(sent, readBack))
        log_warning(`${file.path}: ${difference}${resumedNote}`);
    return readBack;
}
/** "build/app.zip: 4.0 GiB in 48s (85 MB/s) -> https://tus.example.com/files/abc"; no rate under 1 MiB. */
function resultLine(upload) {
    const notes = [
        upload.resumed ? 'resumed' : transferRate(upload.size, upload.elapsedMs),
        upload.retries > 0 ? countOf(upload.retries, 'retry', 'retries') : undefined
    ].filter(Boolean);
    return `${upload.file.path}: ${formatBytes(upload.size)} in ${formatDuration(upload.elapsedMs)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''} -> ${upload.location}`;
}
/** `filename=a.zip, public (no value)` */
function describeMetadata(metadata) {
    const entries = Object.entries(metadata);
    if (entries.length === 0)
        return '(none)';
    return entries.map(([key, value]) => (value === null ? `${key} (no value)` : `${key}=${value}`)).join(', ');
}
/** What the server did not store as sent ('' and no value count as the same). */
function metadataDifferences(sent, readBack) {
    const differences = [];
    for (const [key, value] of Object.entries(sent)) {
        const expected = value === null ? '' : typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
        if (!Object.hasOwn(readBack, key)) {
            differences.push(`the server did not store the metadata key ${JSON.stringify(key)}`);
        }
        else if ((readBack[key] ?? '') !== expected) {
            differences.push(`the server stored ${JSON.stringify(key)} as ${JSON.stringify(readBack[key])}, not ${JSON.stringify(expected)}`);
        }
    }
    return differences;
}
/** Where a file's upload got to, for the report of a failure or a cancellation. */
class FileState {
    file;
    uploadUrl;
    /** Bytes sent (by the progress callback), or the final size. */
    offset;
    /** The server's offset, asked after a cancellation. */
    confirmedOffset;
    retries = 0;
    constructor(file) {
        this.file = file;
    }
    countRetry = () => {
        this.retries++;
    };
    setUploadUrl(url) {
        this.uploadUrl = url;
    }
    progress(next) {
        return (sent, total) => {
            this.offset = sent;
            next(sent, total);
        };
    }
    /** After a cancellation: asks the server how much it has (one HEAD, 3 s at most); best effort. */
    async confirmOffset(context) {
        if (this.uploadUrl === undefined)
            return;
        // Else the last known offset will do.
        this.confirmedOffset = await askOffset(this.uploadUrl, requestOptions(context, silentLogger));
    }
    failure(error, aborted) {
        const tus = error instanceof errors_TusError ? error : undefined;
        const cancelled = aborted || tus?.code === 'ABORTED';
        // A creation that failed made no upload: a URL known before (a resumed one found gone) is not this file's.
        const creationFailed = tus?.method === 'POST' && tus.uploadUrl === undefined;
        const uploadUrl = creationFailed ? undefined : (tus?.uploadUrl ?? this.uploadUrl);
        // Bytes sent in a creation POST that was refused are held by no upload.
        const offset = uploadUrl === undefined ? undefined : (this.confirmedOffset ?? tus?.offset ?? this.offset);
        let message;
        if (cancelled) {
            const at = offset === undefined ? 'an unknown offset' : `offset ${offset} (${progressText(offset, this.file.size)})`;
            message = uploadUrl === undefined ? 'cancelled before the upload was created' : `cancelled at ${at}; upload URL ${uploadUrl}`;
        }
        else {
            message = describeError(error);
            // Named even when the message holds it (as the URL of a request): this is the upload to resume or delete.
            if (uploadUrl !== undefined) {
                message += ` (upload URL ${uploadUrl}${offset === undefined ? '' : `, offset ${offset}`})`;
            }
        }
        return { file: this.file, error, message, cancelled, uploadUrl, offset, retries: this.retries };
    }
}

;// CONCATENATED MODULE: ./src/action/run.ts













/**
 * The Action: masks the secrets, reads the inputs, finds the files, uploads them (`concurrency`
 * at a time), reads their metadata back, sets the outputs, writes the job summary, and fails the
 * step with one error annotation per failed file. Never rejects: every failure fails the step.
 */
async function runAction(options = {}) {
    const getInput = options.getInput ?? ((name) => core_getInput(name));
    try {
        maskSecrets(getInput);
        const inputs = readInputs(getInput);
        if (inputs.insecureSsl) {
            log_warning('TLS certificates are not verified (insecure-ssl: true); use ca-file to trust a private CA instead', {
                title: 'insecure-ssl is on'
            });
        }
        const found = { workspace: options.workspace, includeHiddenFiles: inputs.includeHiddenFiles };
        const files = await findFiles(inputs.glob, found);
        if (files.length === 0) {
            // Looked for again only to say why: hidden files the glob would have taken.
            const hidden = inputs.includeHiddenFiles ? 0 : await countHiddenMatches(inputs.glob);
            handleNoFiles(inputs.ifNoFilesFound, inputs.glob, hidden);
            setOutputs(buildOutputs([]));
            // warn or ignore: the step passes, and its summary says why nothing was uploaded.
            await writeSummary(publicUrl(inputs.endpoint), { note: noFilesMessage(inputs.glob, hidden) });
            return;
        }
        // Opened before any upload: a resume file that cannot be used is bad input.
        const store = inputs.resumeFile === undefined ? undefined : await ResumeStore.open(inputs.resumeFile, "Input 'resume-file'");
        await uploadAll(inputs, files, store);
    }
    catch (error) {
        failStep(error);
    }
}
async function uploadAll(inputs, files, store) {
    const endpoint = publicUrl(inputs.endpoint);
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    const count = countOf(files.length, 'file', 'files');
    const parallel = Math.min(inputs.concurrency, files.length);
    log_info(`Uploading ${count} (${formatBytes(bytes)}) to ${endpoint}${parallel > 1 ? `, ${parallel} at a time` : ''}`);
    const controller = new AbortController();
    const stopWatching = watchSignals(controller);
    const httpClient = createHttpClient();
    const started = Date.now();
    let outcomes;
    try {
        const context = { inputs, httpClient, signal: controller.signal, store };
        const settled = await runPool(files, inputs.concurrency, (file) => uploadFile(file, context));
        outcomes = settled.map((result, index) => toOutcome(result, files[index]));
    }
    finally {
        httpClient.dispose();
        stopWatching();
        if (store)
            await storeChange(store.flush(), `saving ${store.filePath}`, (message) => log_warning(message));
    }
    await report(endpoint, outcomes, Date.now() - started);
}
function toOutcome(result, file) {
    if (result.status === 'fulfilled')
        return { ok: true, upload: result.value };
    const error = result.reason;
    if (error instanceof FileUploadError)
        return { ok: false, failure: error.failure };
    return { ok: false, failure: { file, error, message: describeError(error), cancelled: false } };
}
/** Outputs, the total line, the job summary, then the failures. */
async function report(endpoint, outcomes, elapsedMs) {
    const uploads = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.upload] : []));
    const failures = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.failure]));
    setOutputs(buildOutputs(uploads, failures));
    const totals = totalsOf(outcomes, elapsedMs);
    log_info(totalLine(totals));
    await writeSummary(endpoint, { outcomes, totals });
    const cancelled = failures.filter((failure) => failure.cancelled);
    if (cancelled.length > 0) {
        reportCancelled(cancelled);
        setFailed(`Cancelled: ${cancelled.length} of ${outcomes.length} uploads did not finish`);
    }
    for (const failure of failures.filter((failure) => !failure.cancelled)) {
        log_error(`${failure.file.path}: ${failure.message}`, { title: `Upload failed for ${failure.file.path}` });
        debugStack(failure.error);
    }
    // One annotation per failed file above; no extra one from setFailed.
    if (failures.length > 0)
        process.exitCode = ExitCode.Failure;
}
function reportCancelled(cancelled) {
    log_info('Unfinished uploads (the server keeps the bytes it received, up to the offset):');
    for (const failure of cancelled) {
        if (failure.uploadUrl === undefined)
            log_info(`  ${failure.file.path}: not started`);
        else
            log_info(`  ${failure.file.path}: ${failure.uploadUrl} at offset ${failure.offset ?? 'unknown'}`);
    }
}
/** SIGINT then SIGTERM (the runner cancelling the job) abort the uploads; returns the unwatcher. */
function watchSignals(controller) {
    const onSignal = (signal) => {
        if (controller.signal.aborted) {
            log_info(`Received ${signal}; the uploads are already stopping`);
            return;
        }
        log_info(`Received ${signal}: stopping the uploads`);
        controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}
/**
 * Bad input: its message only (it names the input and the fix). Anything else is said to be
 * unexpected, with the way to its stack trace (shown only with debug logging on).
 */
function failStep(error) {
    const expected = error instanceof UsageError || error instanceof NoFilesFoundError;
    const debugHint = isDebug() ? '' : ' (rerun with debug logging for the stack trace)';
    setFailed(expected ? error.message : `unexpected error: ${describeError(error)}${debugHint}`);
    debugStack(error);
}
function debugStack(error) {
    if (isDebug() && error instanceof Error && error.stack !== undefined)
        core_debug(error.stack);
}

;// CONCATENATED MODULE: ./src/main.ts

/** The Action's entry point: reads the inputs from the runner's environment, never rejects. */
async function run() {
    await runAction();
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 330:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// Bundled in place of `tunnel` (see scripts/bundle.mjs). @actions/http-client imports it at its top
// level but calls it only to make a proxy agent (http_proxy / https_proxy set). The real module is
// bundled too, behind these wrappers, and runs only when the first proxy agent is made: loading it
// at start brought `assert` with it, about 4 ms of every start.
let real

function load() {
  // A relative path: the bundles' alias of `tunnel` to this file must not apply here.
  return (real ??= __nccwpck_require__(218))
}

exports.xj = options => load().httpOverHttp(options)
exports.I9 = options => load().httpsOverHttp(options)
exports.aQ = options => load().httpOverHttps(options)
exports.vX = options => load().httpsOverHttps(options)


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
