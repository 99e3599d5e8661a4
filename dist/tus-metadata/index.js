#!/usr/bin/env node
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

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(154);
const { Command } = __nccwpck_require__(348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(135);
const { Help } = __nccwpck_require__(754);
const { Option } = __nccwpck_require__(240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(474).EventEmitter);
const childProcess = __nccwpck_require__(421);
const path = __nccwpck_require__(760);
const fs = __nccwpck_require__(24);
const process = __nccwpck_require__(708);

const { Argument, humanReadableArgName } = __nccwpck_require__(154);
const { CommanderError } = __nccwpck_require__(135);
const { Help, stripColor } = __nccwpck_require__(754);
const { Option, DualOptions } = __nccwpck_require__(240);
const { suggestSimilar } = __nccwpck_require__(30);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 30:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


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
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/cli/io.ts
function processIo() {
    return {
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        cwd: process.cwd(),
        onSignal(handler) {
            const onInt = () => handler('SIGINT');
            const onTerm = () => handler('SIGTERM');
            process.on('SIGINT', onInt);
            process.on('SIGTERM', onTerm);
            return () => {
                process.off('SIGINT', onInt);
                process.off('SIGTERM', onTerm);
            };
        },
        exit(code) {
            process.exit(code);
        }
    };
}
/** 128 + the signal number, as shells report a process killed by it. */
function signalExitCode(signal) {
    return signal === 'SIGINT' ? 130 : 143;
}
/**
 * The first SIGINT/SIGTERM aborts `signal` (the command then reports where it got to); a second
 * one exits at once. `first` and `again` say so to the user.
 */
function interruptOnSignals(io, on = {}) {
    const controller = new AbortController();
    let interruptedBy;
    const unsubscribe = io.onSignal(signal => {
        if (interruptedBy !== undefined) {
            on.again?.();
            io.exit(signalExitCode(interruptedBy));
        }
        interruptedBy = signal;
        on.first?.(signal);
        controller.abort();
    });
    return { signal: controller.signal, interruptedBy: () => interruptedBy, unsubscribe };
}
/**
 * Runs a command's `main` as a process: sets the exit code once stdout is flushed, then exits
 * (an aborted read of standard input must not keep the process alive). A stdout that fails (a
 * closed pipe, as with `| head -1`, or a full disk) is said once; the lines after it go to stderr,
 * the run goes on, and it ends with 1 instead of 0.
 */
function runAsProcess(name, main) {
    const io = processIo();
    let stdoutFailed = false;
    const stdoutFailure = (error) => {
        if (stdoutFailed)
            return;
        stdoutFailed = true;
        process.stderr.write(`${name}: cannot write to standard output (${error.code ?? error.message}); its lines go to standard error from here on\n`);
        io.stdout = process.stderr;
    };
    process.stdout.on('error', stdoutFailure);
    main(process.argv.slice(2), io).then(code => {
        process.exitCode = code;
        process.stdout.write('', error => {
            if (error)
                stdoutFailure(error);
            process.exit(stdoutFailed && code === 0 ? 1 : code);
        });
    }, (error) => {
        process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exit(1);
    });
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
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
function errors_copyError(error) {
    return new errors_TusError(error.code, error.message, { ...errors_detailsOf(error), cause: error.cause });
}
/** A failure's details, to make another TusError from it. */
function errors_detailsOf(error) {
    const { status, body, method, url, uploadUrl, offset, retryable, retryAfterMs } = error;
    return { status, body, method, url, uploadUrl, offset, retryable, retryAfterMs };
}
function errors_abortedError(what) {
    return new errors_TusError('ABORTED', `${what}: aborted`);
}
function errors_invalidInput(message) {
    return new errors_TusError('INVALID_INPUT', message);
}
/** A byte count or position from the caller: a whole number >= 0, or an INVALID_INPUT error. */
function errors_checkByteCount(value, what) {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
        throw errors_invalidInput(`${what} must be a whole number of bytes >= 0, got ${value}`);
    }
}
/** A failure for a human: a TusError's message already names the request and its cause. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

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
function url_parseHttpUrl(url, what) {
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
function url_publicUrl(url) {
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
function failures_bodySnippet(response) {
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
    const snippet = failures_bodySnippet(response);
    const hint = statusHint(response);
    return new errors_TusError('HTTP', `${methodLabel(response.method, response.methodOverridden)} ${url_publicUrl(response.url)} answered ${status}, expected ${expected}${hint}${snippet ? `: ${snippet}` : ''}`, { status, body: snippet, method: response.method, url: response.url, retryable, retryAfterMs });
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
class HttpClient {
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
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
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
class BufferBody extends external_node_events_.EventEmitter {
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
class body_FileRangeBody extends external_node_events_.EventEmitter {
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
            const bytesRead = (0,external_node_fs_.readSync)(this.fd, buffer, 0, Math.min(buffer.length, this.end - position), position);
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
const protocol_OFFSET_CONTENT_TYPE = 'application/offset+octet-stream';
const protocol_EXTENSION = {
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
function protocol_header(response, name) {
    const value = response.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
}
function protocol_commaList(value) {
    if (value === undefined)
        return [];
    return value.split(',').map(item => item.trim()).filter(item => item !== '');
}
/** A non-negative integer header; `undefined` when absent, an error when malformed. */
function protocol_integerHeader(response, name) {
    const value = protocol_header(response, name);
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) {
        throw new errors_TusError('PROTOCOL', `${methodLabel(response.method, response.methodOverridden)} ${response.url}: the server sent ${name} ${JSON.stringify(value)}, which is not a whole number from 0 to 2^53 - 1`);
    }
    return Number(value);
}
function protocol_requiredOffset(response) {
    const offset = protocol_integerHeader(response, 'Upload-Offset');
    if (offset === undefined) {
        throw new errors_TusError('PROTOCOL', `${methodLabel(response.method, response.methodOverridden)} ${response.url} answered ${response.status} without Upload-Offset: is this a tus server?`);
    }
    return offset;
}

;// CONCATENATED MODULE: ./src/tus/options.ts
const silentLogger = { debug() { }, info() { }, warn() { } };
/** The longest timeout or retry delay, in seconds: Node's timers hold at most 2^31 - 1 ms (24.8 days). */
const MAX_WAIT_SECONDS = 2_147_483;
const options_DEFAULTS = {
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
    return new HttpClient(USER_AGENT, [], { keepAlive: true, allowRedirects: false });
}
/**
 * `home` is the URL whose origin the headers, the client's handlers and its user:password belong
 * to: the endpoint of an upload, or for a call on an upload URL `options.endpoint` when given.
 */
function http_createContext(url, options, home = options.endpoint ?? url) {
    const target = url_parseHttpUrl(url, 'URL');
    const homeUrl = url_parseHttpUrl(home, 'endpoint');
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
    const timeout = options.timeout ?? options_DEFAULTS.timeout;
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
function http_noteRetry(ctx, message, error, attempt, waitMs) {
    ctx.retries++;
    ctx.logger.warn(message);
    ctx.onRetry?.(error, attempt, waitMs);
}
function http_closeContext(ctx) {
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
    const ctx = http_createContext(url, options);
    try {
        return await fn(ctx, url_publicUrl(url));
    }
    finally {
        http_closeContext(ctx);
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
            throw new errors_TusError('PROTOCOL', `${request.method} ${url_publicUrl(request.url)}: more than ${MAX_REDIRECTS} redirects`, { status: response.status });
        }
        const next = http_resolveUrl(location, url, 'redirect');
        ctx.logger.debug(`${methodLabel(request.method, response.methodOverridden)} ${url_publicUrl(url)} redirected (${response.status}) to ${url_publicUrl(next)}`);
        url = next;
    }
}
/**
 * Resolves a Location (RFC 3986) and applies the origin rules: no https to http downgrade;
 * user headers leave the endpoint's origin only when allowed (checked per request in sendOnce).
 * With `ctx` (an upload's Location), a name the Host header gave stands for the endpoint's address.
 */
function http_resolveUrl(location, base, what, ctx) {
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
        throw new errors_TusError('PROTOCOL', `refusing ${what} from https to http (${url_publicUrl(resolved)}): it would send the upload unencrypted`);
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
    ctx.logger.debug(`${url_publicUrl(target)} names the Host header's ${host}: sent to ${home.host} instead`);
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
        this.fail(errors_abortedError(this.what));
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
    const what = `${methodLabel(request.method, overridden(ctx, request))} ${url_publicUrl(target)}`;
    const signal = request.signal ?? ctx.signal;
    if (signal?.aborted)
        throw errors_abortedError(what);
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
    if (client.requestRaw !== HttpClient.prototype.requestRaw)
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
        return errors_abortedError(what);
    return networkFailure(what, error, context);
}

;// CONCATENATED MODULE: ./src/tus/core.ts





function configuration(endpoint, options = {}) {
    return withContext(endpoint, options, core_readConfiguration);
}
/** `signal`, when given, stops this request instead of the context's (an OPTIONS shared by many uploads). */
async function core_readConfiguration(ctx, endpoint, signal) {
    const response = await send(ctx, { method: 'OPTIONS', url: endpoint, signal });
    if (response.status !== 200 && response.status !== 204)
        throw statusError(response, '204 No Content');
    const versions = commaList(header(response, 'Tus-Version'));
    if (versions.length === 0 && header(response, 'Tus-Resumable') === undefined) {
        const type = header(response, 'Content-Type') ?? 'no content type';
        throw new TusError('PROTOCOL', `${endpoint} is not a tus server: OPTIONS answered ${response.status} (${type}) without Tus-Version; check the endpoint URL`, { status: response.status, body: bodySnippet(response) });
    }
    if (versions.length > 0 && !versions.includes(TUS_VERSION)) {
        throw new TusError('UNSUPPORTED', `${endpoint} speaks tus ${versions.join(', ')}, not ${TUS_VERSION}; this client speaks tus ${TUS_VERSION} only: use a tus 1.0 endpoint`);
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
    return http_withContext(uploadUrl, options, core_readState);
}
async function core_readState(ctx, uploadUrl) {
    const response = await http_send(ctx, { method: 'HEAD', url: uploadUrl, headers: { 'Tus-Resumable': protocol_TUS_VERSION } });
    if (response.status !== 200 && response.status !== 204)
        throw failures_statusError(response, '200 OK');
    const state = {
        offset: protocol_requiredOffset(response),
        length: protocol_integerHeader(response, 'Upload-Length'),
        metadata: decodeMetadata(protocol_header(response, 'Upload-Metadata'))
    };
    if (state.length !== undefined && state.offset > state.length) {
        throw new errors_TusError('PROTOCOL', `${uploadUrl}: the server's offset ${state.offset} is beyond the upload length ${state.length}`);
    }
    const expires = protocol_header(response, 'Upload-Expires');
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
    return withContext(uploadUrl, options, (ctx, url) => core_patchUpload(ctx, { uploadUrl: url, offset: uploadOffset, body: payload, contentLength: contentLength ?? 0, uploadLength: options.uploadLength }));
}
/** One PATCH; resolves to the server's new offset, checked against what was sent. */
async function core_patchUpload(ctx, request) {
    const headers = {
        'Tus-Resumable': TUS_VERSION,
        'Upload-Offset': String(request.offset),
        'Content-Type': OFFSET_CONTENT_TYPE
    };
    if (request.uploadLength !== undefined)
        headers['Upload-Length'] = String(request.uploadLength);
    const response = await send(ctx, {
        method: 'PATCH',
        url: request.uploadUrl,
        headers,
        body: request.body,
        contentLength: request.contentLength,
        onBodyData: request.onBodyData
    });
    if (response.status !== 204 && response.status !== 200)
        throw statusError(response, '204 No Content');
    const newOffset = requiredOffset(response);
    checkNewOffset(response, request, newOffset);
    return newOffset;
}
function checkNewOffset(response, request, newOffset) {
    const end = request.offset + request.contentLength;
    if (newOffset < request.offset || newOffset > end) {
        throw new TusError('PROTOCOL', `PATCH ${request.uploadUrl}: the server answered offset ${newOffset} for bytes ${request.offset}-${end}`, { status: response.status });
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
    const created = await withContext(endpoint, options, (ctx, url) => creation_createUpload(ctx, url, {
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
async function creation_createUpload(ctx, endpoint, request) {
    if (request.length === undefined && !request.deferLength) {
        throw new TusError('INVALID_INPUT', 'create needs a length, or deferLength for a source of unknown size');
    }
    checkByteCount(request.length, 'length');
    const headers = { 'Tus-Resumable': TUS_VERSION };
    if (request.length !== undefined)
        headers['Upload-Length'] = String(request.length);
    else
        headers['Upload-Defer-Length'] = '1';
    if (request.metadataHeader)
        headers['Upload-Metadata'] = request.metadataHeader;
    const body = request.body;
    if (body)
        headers['Content-Type'] = OFFSET_CONTENT_TYPE;
    const response = await send(ctx, {
        method: 'POST',
        url: endpoint,
        headers,
        body: body?.data,
        contentLength: body ? body.length : 0,
        onBodyData: request.onBodyData
    });
    if (response.status !== 201)
        throw statusError(response, '201 Created');
    const location = header(response, 'Location');
    if (location === undefined || location.trim() === '') {
        throw new TusError('PROTOCOL', `POST ${endpoint} answered 201 without a Location header; the server is not a working tus server`);
    }
    const uploadUrl = resolveUrl(location.trim(), response.url, 'upload', ctx);
    // The upload exists from here on: a failure names it (with offset 0, the least it may hold).
    let offset;
    try {
        offset = body ? integerHeader(response, 'Upload-Offset') : 0;
    }
    catch (error) {
        if (error instanceof TusError)
            Object.assign(error, { uploadUrl, offset: 0 });
        throw error;
    }
    if (body && offset !== undefined && offset > body.length) {
        throw new TusError('PROTOCOL', `POST ${endpoint}: the server answered Upload-Offset ${offset} for a body of ${body.length} bytes`, { uploadUrl, offset: 0 });
    }
    return { location: uploadUrl, offset };
}

;// CONCATENATED MODULE: ./src/tus/retry.ts
/** When and how long to wait before trying again. */


/** A Retry-After longer than this is not waited for in full. */
const MAX_RETRY_AFTER_MS = 10 * 60 * 1000;
function retry_retryPolicy(options = {}) {
    const retries = options.retries ?? options_DEFAULTS.retries;
    const delay = options.delay ?? options_DEFAULTS.retryDelay;
    const maxDelay = options.maxDelay ?? Math.max(options_DEFAULTS.retryMaxDelay, delay);
    if (!Number.isInteger(retries) || retries < 0)
        throw new errors_TusError('INVALID_INPUT', `retries must be a whole number >= 0, got ${retries}`);
    if (!(delay >= 0 && delay <= MAX_WAIT_SECONDS))
        throw new errors_TusError('INVALID_INPUT', `retry delay must be 0 to ${MAX_WAIT_SECONDS} seconds, got ${delay}`);
    if (!(maxDelay >= 0 && maxDelay <= MAX_WAIT_SECONDS)) {
        throw new errors_TusError('INVALID_INPUT', `maximum retry delay must be 0 to ${MAX_WAIT_SECONDS} seconds, got ${maxDelay}`);
    }
    return { retries, delayMs: delay * 1000, maxDelayMs: maxDelay * 1000 };
}
function retry_isRetryable(error) {
    return error instanceof errors_TusError && error.retryable;
}
/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so that many
 * clients cut by one outage do not come back in step. A server's Retry-After is a floor.
 */
function retry_backoffMs(policy, attempt, error) {
    const step = Math.min(policy.maxDelayMs, policy.delayMs * 2 ** Math.max(0, attempt - 1));
    const delay = step / 2 + Math.random() * (step / 2);
    const retryAfter = error instanceof errors_TusError ? error.retryAfterMs : undefined;
    return retryAfter === undefined ? delay : Math.max(delay, Math.min(retryAfter, MAX_RETRY_AFTER_MS));
}
function retry_sleep(ms, signal) {
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
async function retry_withRetries(policy, what, onRetry, signal, operation) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (!retry_isRetryable(error) || attempt > policy.retries)
                throw retry_finalError(error, attempt);
            const wait = retry_backoffMs(policy, attempt, error);
            onRetry(`${what} failed (${error.message}); retry ${attempt} of ${policy.retries} in ${(wait / 1000).toFixed(1)} s`, error, attempt, wait);
            await retry_sleep(wait, signal);
        }
    }
}
/** After a spent budget, the error says so and keeps its cause's details. */
function retry_finalError(error, attempts) {
    if (!(error instanceof errors_TusError) || !error.retryable || attempts <= 1)
        return error;
    // Still a failure of a kind that may pass (retryable): a caller may try again later.
    return new errors_TusError(error.code, `gave up after ${attempts} attempts; last error: ${error.message}`, {
        ...errors_detailsOf(error),
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
const ANSWER_SHARED_MS = (/* unused pure expression or super */ null && (10 * 60_000));
const MAX_CONFIGURATIONS_PER_CLIENT = 64;
const configurations = new WeakMap();
function shared_cachedConfiguration(ctx, endpoint, policy) {
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
            if (error instanceof TusError && [404, 405, 501].includes(error.status ?? 0))
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
    return error instanceof TusError ? copyError(error) : error;
}
// The uploads to an endpoint (by client) that gave up after spending their retries on a failure
// that may pass (5xx, network, timeout), since any upload there last made progress. One such
// upload may be its file's own trouble (a server hook refusing it); two are the server's.
const OUTAGE_UPLOADS = 2;
const outages = new WeakMap();
function shared_noteOutage(client, endpoint) {
    let perClient = outages.get(client);
    if (!perClient)
        outages.set(client, (perClient = new Map()));
    const outage = perClient.get(endpoint);
    perClient.set(endpoint, { uploads: (outage?.uploads ?? 0) + 1, lastAt: Date.now() });
}
function shared_clearOutage(client, endpoint) {
    outages.get(client)?.delete(endpoint);
}
/**
 * When other uploads gave up on `endpoint`, the last in the past minute, and none got anywhere
 * since, `error` (a failure that may pass) ends this upload too, unretried, saying why.
 */
function shared_sharedOutage(client, endpoint, error) {
    const outage = outages.get(client)?.get(endpoint);
    if (outage === undefined || outage.uploads < OUTAGE_UPLOADS || Date.now() - outage.lastAt >= FAILURE_SHARED_MS)
        return undefined;
    const ago = Math.round((Date.now() - outage.lastAt) / 1000);
    const why = `${outage.uploads} uploads to ${endpoint} spent their retries, the last ${ago} s ago, and none got anywhere since`;
    return new TusError(error.code, `${error.message}; not retried: ${why}`, { ...detailsOf(error), retryAfterMs: undefined, cause: error });
}

;// CONCATENATED MODULE: ./src/tus/source.ts
/** What is uploaded: a file streamed from disk by byte range, bytes in memory, or a stream. */




async function source_openSource(source) {
    if (typeof source === 'string')
        return openFile(source);
    if (source instanceof Uint8Array) {
        const bytes = Buffer.isBuffer(source) ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
        return { kind: 'bytes', size: bytes.length, range: (start, end) => bytes.subarray(start, end), close: async () => { } };
    }
    if (source instanceof Readable)
        return { kind: 'stream', reader: new ChunkReader(source) };
    throw new TusError('INVALID_INPUT', 'source must be a file path, a Buffer/Uint8Array or a Readable stream');
}
/**
 * Opens the file once for the whole upload: one check that it exists and is readable, and no
 * reopening per request. Synchronous, like the reads (see body.ts): cheaper than a thread-pool trip.
 */
function openFile(path) {
    let fd;
    try {
        fd = openSync(path, 'r');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied (not readable)' : code === 'EISDIR' ? 'is a directory; name the files in it' : error.message;
        throw new TusError('INVALID_INPUT', `${path}: ${reason}`, { cause: error });
    }
    let info;
    try {
        info = fstatSync(fd);
    }
    catch (error) {
        closeSync(fd);
        throw new TusError('SOURCE', `${path}: ${error.message}`, { cause: error });
    }
    if (!info.isFile()) {
        closeSync(fd);
        throw new TusError('INVALID_INPUT', `${path}: ${info.isDirectory() ? 'is a directory; name the files in it' : 'not a regular file'}`);
    }
    return {
        kind: 'file',
        size: info.size,
        range: (start, end) => (end <= start ? Buffer.alloc(0) : () => new FileRangeBody(fd, path, start, end)),
        close: async () => closeSync(fd)
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
        throw new TusError('INVALID_INPUT', `chunk size must be a whole number of bytes >= 1, got ${chunkSize}`);
    }
    const metadataHeader = options.metadata ? encodeMetadata(options.metadata) : undefined;
    if (options.uploadUrl !== undefined)
        parseHttpUrl(options.uploadUrl, 'upload URL');
    const { uploadLength } = options;
    if (uploadLength !== undefined && !(Number.isSafeInteger(uploadLength) && uploadLength >= 0)) {
        throw new TusError('INVALID_INPUT', `upload length must be a whole number of bytes >= 0, got ${uploadLength}`);
    }
    if (uploadLength !== undefined && !(source instanceof Readable)) {
        throw new TusError('INVALID_INPUT', 'upload length is for a stream source: a file or bytes have their own');
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
        if (error instanceof TusError && session.uploadUrl !== undefined) {
            error.uploadUrl = session.uploadUrl;
            error.offset = session.offset;
        }
        // A stream the upload began to read is of no use to anyone after a failure: it is ended, not
        // left paused. Bad options fail before that, and leave it untouched (a relay can still answer).
        if (source instanceof Readable)
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
    return withContext(uploadUrl, options, async (ctx, url) => {
        const notice = (...retry) => noteRetry(ctx, ...retry);
        const state = await withRetries(policy, `HEAD ${url}`, notice, options.signal, () => readState(ctx, url));
        return state.metadata;
    });
}
const GONE = new Set([404, 410]);
/** A failure that says the server is down or broken (5xx, no answer, no progress), not this upload's trouble. */
function isOutage(error) {
    if (!(error instanceof TusError))
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
            throw new TusError('TOO_LARGE', `the source is ${this.length} bytes, more than the server's Tus-Max-Size of ${maxSize} bytes`);
        }
        if (this.src.kind === 'stream' && this.length === undefined && this.config && !this.has(EXTENSION.creationDeferLength)) {
            throw new TusError('UNSUPPORTED', `the source is a stream of unknown length and ${this.endpoint} does not offer creation-defer-length; give its length (uploadLength, --size) or upload a file instead`);
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
            throw new TusError('PROTOCOL', `the server lost data of a stream upload (offset ${this.offset} < ${start}); a stream cannot be read again`);
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
            throw new TusError('SOURCE', `the stream ended after ${this.streamPosition} bytes, but its length was given as ${length}`);
        }
        if (this.streamPosition === length && !reader.ended && (await this.readStream(1)).length > 0) {
            throw new TusError('SOURCE', `the stream is longer than the ${length} bytes given as its length`);
        }
    }
    async readStream(size) {
        const reader = this.src.reader;
        let data;
        try {
            data = await reader.read(size);
        }
        catch (error) {
            throw new TusError('SOURCE', `reading the source stream failed: ${error.message}`, { cause: error });
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
                throw new TusError('SOURCE', `the stream ended after ${this.streamPosition} bytes but ${this.uploadUrl} already holds ${offset}; it is not this stream's upload`);
            }
        }
    }
    noProgress() {
        return new TusError('PROTOCOL', `PATCH ${this.uploadUrl}: the server took none of the bytes`, { retryable: true });
    }
    async refreshState() {
        const url = this.uploadUrl;
        let state;
        try {
            state = await readState(this.ctx, url);
        }
        catch (error) {
            if (!(error instanceof TusError) || !GONE.has(error.status ?? 0))
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
            throw new TusError('INVALID_INPUT', `${url} is an upload of ${state.length} bytes but the source has ${size}; ${notOurs}`);
        }
        if (state.length === undefined && state.offset > size) {
            throw new TusError('INVALID_INPUT', `${url} holds ${state.offset} bytes, more than the source's ${size}; ${notOurs}`);
        }
        // The spec: a client that learns the length of a deferred upload MUST send it.
        this.declareLength = state.length === undefined;
    }
    uploadGone(url, error) {
        if (this.src.kind === 'stream' && this.streamPosition > 0) {
            throw new TusError('PROTOCOL', `${url} is gone (${error.status}) and a stream cannot be sent again from the start`, { status: error.status });
        }
        this.ctx.logger.warn(`${url} is gone (${error.status}); starting a new upload from byte 0`);
        this.uploadUrl = undefined;
        this.offset = 0;
        this.needState = false;
        this.resumed = false;
    }
    async recover(error) {
        const gonePatch = error instanceof TusError && error.method === 'PATCH' && GONE.has(error.status ?? 0);
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











;// CONCATENATED MODULE: ./src/common/errors.ts
/**
 * The user gave bad input: a malformed option, a missing file, a corrupt resume file.
 * The CLI exits with code 2 for it (and prints the message, no stack trace); the Action fails
 * the step naming the input. Messages are one line, naming the input and the fix.
 */
class errors_UsageError extends Error {
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

;// CONCATENATED MODULE: ./src/common/urls.ts



/** A URL the user gave, checked as the library will check it: the text, or a UsageError naming `what`. */
function readHttpUrl(text, what) {
    try {
        url_parseHttpUrl(text, what);
    }
    catch (error) {
        throw error instanceof errors_TusError ? new errors_UsageError(error.message) : error;
    }
    return text;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(909);
;// CONCATENATED MODULE: ./node_modules/commander/esm.mjs


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = commander;

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/common/lazyCrypto.ts

// node:crypto takes about 9 ms to load, a tenth of tus-upload's start-up, and only --resume-file
// and --ca need it: loaded on first use.
const requireBuiltin = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
function nodeCrypto() {
    return requireBuiltin('node:crypto');
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
        throw new errors_UsageError(`${what}: ${JSON.stringify(file)} ${problem}; give a PEM file of CA certificates`);
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
        throw new errors_UsageError(`${certFile.what}: ${JSON.stringify(certFile.file)} ${problem}; give a PEM file with the client certificate`);
    const keyText = keyFile === undefined ? cert : readText(keyFile, 'a PEM file with the private key');
    const key = PRIVATE_KEY.exec(keyText)?.[0];
    const keyWhat = keyFile ?? certFile;
    if (key === undefined) {
        const fix = keyFile === undefined ? `give the key with ${files.keyOption}` : 'give a PEM private key';
        throw new errors_UsageError(`${keyWhat.what}: ${JSON.stringify(keyWhat.file)} holds no PEM private key; ${fix}`);
    }
    const { X509Certificate, createPrivateKey } = nodeCrypto();
    let privateKey;
    try {
        privateKey = createPrivateKey(key);
    }
    catch {
        throw new errors_UsageError(`${keyWhat.what}: ${JSON.stringify(keyWhat.file)} holds a private key that cannot be read (encrypted, or damaged); give an unencrypted PEM key`);
    }
    const first = cert.match(BLOCK)?.[0];
    if (!new X509Certificate(first).checkPrivateKey(privateKey)) {
        throw new errors_UsageError(`${keyWhat.what}: ${JSON.stringify(keyWhat.file)} is not the key of the certificate in ${JSON.stringify(certFile.file)}; give the matching key`);
    }
    return { cert, key };
}
function readText(file, wanted) {
    try {
        return (0,external_node_fs_.readFileSync)(file.absolute, 'utf8');
    }
    catch (error) {
        throw new errors_UsageError(`${file.what}: cannot read ${JSON.stringify(file.file)} (${describeFsError(error)}); give ${wanted}`);
    }
}

;// CONCATENATED MODULE: ./src/common/headerLines.ts
/** HTTP headers as a user types them: `Name: value`. */




/** `Name: value` → [name, value]: the name a valid HTTP token, the value trimmed, no CR/LF/NUL. */
function parseHeaderLine(text, what) {
    const colon = text.indexOf(':');
    if (colon === -1) {
        throw new errors_UsageError(`${what}: ${JSON.stringify(text)} is not a header; use 'Name: value'`);
    }
    const name = text.slice(0, colon).trim();
    const value = text.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (name === '') {
        throw new errors_UsageError(`${what}: ${JSON.stringify(text)} has no header name; use 'Name: value'`);
    }
    if (!HEADER_NAME.test(name)) {
        throw new errors_UsageError(`${what}: ${JSON.stringify(name)} is not a valid header name; use letters, digits and - (e.g. 'X-Api-Key: value')`);
    }
    if (/[\r\n\0]/.test(value)) {
        throw new errors_UsageError(`${what}: the value of ${name} contains a line break or NUL; give it on one line`);
    }
    if (!HEADER_VALUE.test(value)) {
        throw new errors_UsageError(`${what}: the value of ${name} has characters beyond Latin-1; HTTP header values are bytes: percent-encode or base64 it`);
    }
    const owner = CLIENT_HEADERS.get(name.toLowerCase());
    if (owner !== undefined)
        throw new errors_UsageError(`${what}: ${name} is ${owner}; remove it`);
    return [name, value];
}
/** Several header lines; a name given twice (in any case) is an error. */
function parseHeaderLines(lines, what) {
    const headers = {};
    const seen = new Set();
    for (const line of lines) {
        const [name, value] = parseHeaderLine(line, what);
        if (seen.has(name.toLowerCase())) {
            throw new errors_UsageError(`${what}: ${name} is given twice; give each header once`);
        }
        seen.add(name.toLowerCase());
        setEntry(headers, name, value);
    }
    return headers;
}

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
        throw new errors_UsageError(`${what}: ${JSON.stringify(text)} is not a whole number; ${expected}`);
    }
    const value = Number(trimmed);
    if (value < min)
        throw new errors_UsageError(`${what}: ${JSON.stringify(text)} is too small; ${expected}`);
    if ((max !== undefined && value > max) || !Number.isSafeInteger(value)) {
        const limit = max === undefined ? `use a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}` : expected;
        throw new errors_UsageError(`${what}: ${JSON.stringify(text)} is too large; ${limit}`);
    }
    return value;
}
/** A non-negative number of seconds, fractions allowed: `0`, `2`, `1.5`, `.25`. */
function parseSeconds(text, what, options = {}) {
    const trimmed = text.trim();
    const expected = options.positive ? 'use a number of seconds above 0, e.g. 30 or 1.5' : 'use 0 or more seconds, e.g. 2 or 0.5';
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
        throw new errors_UsageError(`${what}: ${JSON.stringify(text)} is not a number of seconds; ${expected}`);
    }
    const value = Number(trimmed);
    if (!(value <= MAX_WAIT_SECONDS)) {
        throw new errors_UsageError(`${what}: ${JSON.stringify(text)} is too large; use at most ${MAX_WAIT_SECONDS} seconds (24.8 days)`);
    }
    if (options.positive && value === 0)
        throw new errors_UsageError(`${what}: ${JSON.stringify(text)} is too small; ${expected}`);
    return value;
}
const IEC_UNITS = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']));
const SI_RATE_UNITS = (/* unused pure expression or super */ null && (['B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s', 'PB/s', 'EB/s']));
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
const RATE_MIN_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
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

;// CONCATENATED MODULE: ./src/cli/args.ts
/** Command-line parsing shared by tus-upload and tus-metadata (commander, with our exit codes). */









const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** A repeatable option's values (no default: commander would show "(default: [])"). */
function collect(value, previous) {
    return [...(previous ?? []), value];
}
/** A program whose errors are thrown (exitOverride) and whose output goes to `io`. */
function createProgram(name, io) {
    return new Command(name)
        .version(VERSION, '-V, --version', 'print the version and exit')
        .helpOption('-h, --help', 'print this help and exit')
        .exitOverride()
        .configureOutput({
        writeOut: text => void io.stdout.write(text),
        writeErr: text => void io.stderr.write(text),
        // Errors are printed by parseArguments, as one line with a hint.
        outputError: () => { }
    })
        .configureHelp({ helpWidth: 100 })
        .allowExcessArguments(false);
}
/** The options of every request, with their defaults in the help. */
function addCommonOptions(program) {
    return program
        .option('-H, --header <"Name: value">', 'an extra HTTP header for every request to the endpoint\'s origin, e.g. "Authorization: Bearer x" (repeatable)', collect)
        .option('--retries <n>', `retries after a failed request, consecutive and without progress (default: ${options_DEFAULTS.retries}; 0 disables)`)
        .option('--retry-delay <seconds>', `base delay of the exponential backoff between retries (default: ${options_DEFAULTS.retryDelay})`)
        .option('--timeout <seconds>', `seconds without progress before a request is abandoned and retried (default: ${options_DEFAULTS.timeout})`)
        .option('-k, --insecure', 'do not verify TLS certificates (self-signed test servers only)')
        .option('--ca <file>', 'trust the CA certificate(s) of this PEM file, with verification still on')
        .option('--cert <file>', 'a client certificate (PEM) for a server that asks for one (mutual TLS); its key too, unless --key')
        .option('--key <file>', 'the private key (PEM, unencrypted) of the --cert certificate')
        .option('--allow-cross-origin-headers', 'send the --header headers to other origins too (a Location or redirect elsewhere)')
        .addOption(new Option('-v, --verbose', 'debug logs, and stack traces on errors').conflicts('quiet'))
        .option('-q, --quiet', 'print errors only (no progress, no info)');
}
async function resolveCommonOptions(values, cwd) {
    const retries = values.retries === undefined ? options_DEFAULTS.retries : parseCount(values.retries, '--retries', { min: 0 });
    const delay = values.retryDelay === undefined ? options_DEFAULTS.retryDelay : parseSeconds(values.retryDelay, '--retry-delay');
    const timeout = values.timeout === undefined ? options_DEFAULTS.timeout : parseSeconds(values.timeout, '--timeout', { positive: true });
    const headers = parseHeaderLines(values.header ?? [], '--header');
    const tls = {};
    if (values.insecure)
        tls.insecure = true;
    if (values.ca !== undefined)
        tls.ca = readCaFile(values.ca, external_node_path_default().resolve(cwd, values.ca), '--ca');
    if (values.key !== undefined && values.cert === undefined)
        throw new errors_UsageError('--key: it is the key of a client certificate; give --cert too');
    if (values.cert !== undefined) {
        Object.assign(tls, readClientCertificate({ cert: values.cert, certWhat: '--cert', key: values.key, keyWhat: '--key', base: cwd, keyOption: '--key' }));
    }
    return {
        headers,
        tls,
        retry: { retries, delay },
        timeout,
        allowCrossOriginHeaders: values.allowCrossOriginHeaders ?? false,
        level: values.verbose ? 'debug' : values.quiet ? 'error' : 'info',
        verbose: values.verbose ?? false
    };
}
/**
 * Parses `argv` (without node and the script). Help and version print on stdout and exit 0;
 * a usage error prints one line with a hint to --help and exits 2.
 */
function parseArguments(program, argv, io) {
    try {
        program.parse([...argv], { from: 'user' });
        return { ok: true, program };
    }
    catch (error) {
        if (!(error instanceof CommanderError))
            throw error;
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
            return { ok: false, exitCode: EXIT_OK };
        }
        const message = error.message
            .replace(/^error: /, '')
            .replace(/\n[\s\S]*$/, '')
            .replace(/\.$/, '');
        io.stderr.write(`${program.name()}: ${message}; see ${program.name()} --help\n`);
        return { ok: false, exitCode: EXIT_USAGE };
    }
}
/** Prints a UsageError (`<prog>: <message>`) and gives exit code 2. */
function reportUsageError(prog, error, io) {
    io.stderr.write(`${prog}: ${escapeControls(error.message)}\n`);
    return EXIT_USAGE;
}

;// CONCATENATED MODULE: ./src/cli/logger.ts

const RANK = { debug: 0, info: 1, warn: 2, error: 3 };
/**
 * A message on one line: an OpenSSL error or a server's text may hold line breaks, a file name
 * or a server's text escape sequences for the terminal.
 */
function oneLine(text) {
    return escapeControls(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}
class CliLogger {
    level;
    prog;
    write;
    sink;
    /** `write` receives whole lines without the newline. */
    constructor(prog, level, write) {
        this.prog = prog;
        this.level = level;
        this.write = write;
    }
    /** Sends lines elsewhere (to a progress display that redraws around them) until reset. */
    setSink(sink) {
        this.sink = sink;
    }
    enabled(level) {
        return RANK[level] >= RANK[this.level];
    }
    debug(message) {
        this.emit('debug', `debug: ${message}`);
    }
    info(message) {
        this.emit('info', message);
    }
    warn(message) {
        this.emit('warn', `warning: ${message}`);
    }
    error(message) {
        this.emit('error', message);
    }
    /** Lines as they are (a stack trace), shown at `level`. */
    raw(level, text) {
        if (!this.enabled(level))
            return;
        for (const line of text.split(/\r?\n/)) {
            if (this.sink)
                this.sink(line);
            else
                this.write(line);
        }
    }
    /** A logger for one file: its lines start with `<label>: `. */
    child(label) {
        // Checked first: the library logs a debug line per request, which --verbose alone shows.
        return {
            debug: message => this.enabled('debug') && this.debug(`${label}: ${message}`),
            info: message => this.enabled('info') && this.info(`${label}: ${message}`),
            warn: message => this.enabled('warn') && this.warn(`${label}: ${message}`)
        };
    }
    emit(level, text) {
        if (!this.enabled(level))
            return;
        for (const line of text.trimEnd().split(/\r?\n/)) {
            const full = `${this.prog}: ${escapeControls(line)}`;
            if (this.sink)
                this.sink(full);
            else
                this.write(full);
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/metadata.ts
/**
 * tus-metadata [options] <upload-url>
 *
 * Prints an upload's metadata as `key: value` lines (a key without a value alone; bytes that are
 * not UTF-8 as \xNN), in the order the server sent them; --json prints
 * {"metadata": {...}, "offset": N, "length": N|null}.
 *
 * One HEAD request answers both (the low-level offset(), retried here with the library's retry
 * policy, as metadata() does), so the JSON's offset and metadata are from the same moment.
 * Exit codes: 0 ok, 1 the request failed, 2 usage error, 130/143 interrupted.
 */







const PROG = 'tus-metadata';
function buildProgram(io) {
    const program = createProgram(PROG, io)
        .description("Print the metadata of a tus upload (a HEAD request), as `key: value` lines.")
        .argument('<upload-url>', 'the upload URL, as printed by tus-upload')
        .option('--json', 'print {"metadata": {...}, "offset": N, "length": N} (length null while deferred)');
    addCommonOptions(program);
    program.addHelpText('after', `
Exit status: 0 ok, 1 the request failed, 2 usage error, 130/143 interrupted (SIGINT/SIGTERM).

Example:
  ${PROG} https://tus.example.com/files/24e533e02ec3bc40c387f1a0e460e216`);
    return program;
}
const metadata_utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * A value on one line that cannot mislead a terminal or a reader: control characters and the
 * backslash as \xNN (so that a stored "\x41" is not taken for an escape), C1 controls and the
 * bidirectional overrides (which reorder what follows) as \uNNNN.
 */
function printable(value) {
    return value
        // eslint-disable-next-line no-control-regex
        .replace(/[\x00-\x1f\x7f\\]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(/[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Bytes as a printable value: UTF-8 text escaped as above, other bytes as \xNN outside printable ASCII. */
function printableBytes(bytes) {
    let text;
    try {
        text = metadata_utf8.decode(bytes);
    }
    catch {
        return bytesToText(bytes); // escapes every byte outside printable ASCII, and the backslash
    }
    return printable(text);
}
function formatMetadataLines(metadata) {
    return Object.entries(metadata)
        .map(([key, value]) => {
        if (value === null)
            return `${key}\n`;
        return `${key}: ${typeof value === 'string' ? printable(value) : printableBytes(value)}\n`;
    })
        .join('');
}
/** What a status usually means for a HEAD of an upload URL. */
function hint(error) {
    const status = error instanceof errors_TusError ? error.status : undefined;
    if (status === 404 || status === 410)
        return '; the upload does not exist (a wrong URL, or it expired)';
    // The library's message says "(check the credentials in the headers)" already: name the option.
    if (status === 401 || status === 403)
        return "; give them with --header, e.g. --header 'Authorization: Bearer TOKEN'";
    return '';
}
async function main(argv, io) {
    const program = buildProgram(io);
    const parsed = parseArguments(program, argv, io);
    if (!parsed.ok)
        return parsed.exitCode;
    const values = program.opts();
    const [urlArg] = program.processedArgs;
    let target;
    try {
        target = await resolveTarget(urlArg, values, io);
    }
    catch (error) {
        if (error instanceof errors_UsageError)
            return reportUsageError(PROG, error, io);
        throw error;
    }
    const { shownUrl, common } = target;
    const logger = new CliLogger(PROG, common.level, line => void io.stderr.write(`${line}\n`));
    if (common.tls.insecure)
        logger.warn('--insecure: TLS certificates are not verified');
    const interruption = interruptOnSignals(io);
    const httpClient = createHttpClient();
    try {
        const state = await metadata_readState(target, httpClient, interruption.signal, logger);
        printState(state, values.json ?? false, io);
        return EXIT_OK;
    }
    catch (error) {
        const interruptedBy = interruption.interruptedBy();
        if (interruptedBy !== undefined) {
            io.stderr.write(`${PROG}: interrupted\n`);
            return signalExitCode(interruptedBy);
        }
        if (error instanceof errors_TusError && error.code === 'INVALID_INPUT') {
            return reportUsageError(PROG, new errors_UsageError(describeError(error)), io);
        }
        reportFailure(error, shownUrl, common.verbose, logger);
        return EXIT_FAILED;
    }
    finally {
        interruption.unsubscribe();
        httpClient.dispose();
    }
}
async function resolveTarget(urlArg, values, io) {
    const given = readHttpUrl(urlArg, 'upload URL');
    const common = await resolveCommonOptions(values, io.cwd);
    return { uploadUrl: given, shownUrl: url_publicUrl(given), common };
}
/** One HEAD request (retried), for both the metadata and the offset. */
async function metadata_readState(target, httpClient, signal, logger) {
    const { uploadUrl, shownUrl, common } = target;
    const policy = retry_retryPolicy(common.retry);
    return retry_withRetries(policy, `HEAD ${shownUrl}`, message => logger.warn(message), signal, () => offset(uploadUrl, {
        httpClient,
        headers: common.headers,
        tls: common.tls,
        timeout: common.timeout,
        signal,
        logger,
        allowCrossOriginHeaders: common.allowCrossOriginHeaders
    }));
}
function printState(state, json, io) {
    if (json) {
        const strings = metadataToStrings(state.metadata);
        io.stdout.write(`${JSON.stringify({ metadata: strings, offset: state.offset, length: state.length ?? null })}\n`);
    }
    else {
        io.stdout.write(formatMetadataLines(state.metadata));
    }
}
function reportFailure(error, uploadUrl, verbose, logger) {
    const message = oneLine(describeError(error));
    logger.error(`${message.includes(uploadUrl) ? message : `${uploadUrl}: ${message}`}${hint(error)}`);
    if (verbose && error instanceof Error) {
        if (error instanceof errors_TusError && error.body)
            logger.debug(`response body: ${error.body}`);
        logger.raw('error', error.stack ?? error.message);
    }
}

;// CONCATENATED MODULE: ./src/cli/tus-metadata.ts
/** Entry point of tus-metadata (bundled by ncc into dist/tus-metadata/index.js). */


runAsProcess('tus-metadata', main);

