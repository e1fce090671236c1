import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    // Every cached result is an object, so one read both tells a hit and
    //   fetches it, where `in` and then a read hashed the path twice.
    const cached = cache[path]

    if (cached) {
      return cached
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 7440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ log),
  n: () => (/* binding */ setOutputs)
});

// EXTERNAL MODULE: ./src/runner/commands.ts
var commands = __nccwpck_require__(6342);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/log-safety.ts
/*
 * How the runner (actions/runner) reads a step's output: it splits it into lines at \n, \r
 * and \r\n, and takes a line as a workflow command when
 *   - after TrimStart (any Unicode white space) it starts with `::` (ActionCommand.TryParseV2), or
 *   - it holds `##[` anywhere, not only at its start (the legacy ActionCommand.TryParse, tried
 *     when the first does not match).
 * Both compare with .NET's culture-sensitive StartsWith/IndexOf, which skip characters such as
 * U+200B (zero width space): a zero-width character in front is no defence, and a space is
 * trimmed. So a line that could be read as a command gets a visible `\` where the runner
 * looks: in front of the line for `::`, after `##[` for the legacy form (as the runner itself
 * does for `##[start-action`); `\::warning::x` and `##[\warning]x` name no command.
 * Wrapping in ::stop-commands:: would also work, but adds two lines to every message.
 */
const LINE_BREAK = /(\r\n|\r|\n)/;
/** Characters TrimStart removes or that a culture-sensitive comparison ignores. */
const SKIPPED = String.raw `\s\u0085\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}`;
const COMMAND_START = new RegExp(`^[${SKIPPED}]*:[${SKIPPED}]*:`, 'u');
const LEGACY_COMMAND = new RegExp(`#[${SKIPPED}]*#[${SKIPPED}]*\\[`, 'gu');
/** `text` with every line that the runner could read as a workflow command defused. */
function defuseCommands(text) {
    return text
        .split(LINE_BREAK)
        .map((part, index) => (index % 2 === 1 ? part : defuseLine(part)))
        .join('');
}
function defuseLine(line) {
    const legacyDefused = line.replace(LEGACY_COMMAND, (prefix) => `${prefix}\\`);
    return COMMAND_START.test(legacyDefused) ? `\\${legacyDefused}` : legacyDefused;
}
/**
 * The Logger every module is given: text may hold names, paths and values read from AWS.
 * `info` prints the message as is, so it is defused; `warning` is the runner's
 * `::warning::` command, whose data is escaped (%, \r, \n as %25, %0D, %0A) into one line
 * that the runner reads as that one command, so it needs nothing.
 */
function safeLogger(sink) {
    return {
        info: (message) => {
            sink.info(defuseCommands(message));
        },
        warning: (message) => {
            sink.warning(message);
        },
    };
}

;// CONCATENATED MODULE: ./src/action-io.ts



/** What every module prints goes through this: no line of it can be a workflow command. */
const log = safeLogger(commands);
/** Sets the step's outputs; a file the runner gave that cannot be written is named. */
function setOutputs(outputs) {
    try {
        for (const [name, value] of Object.entries(outputs))
            commands.setOutput(name, value);
    }
    catch (error) {
        const code = error.code;
        const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : '';
        throw new errors/* DeployError */.sH(`Could not write the step's outputs (${Object.keys(outputs).join(', ')}) to the file ` +
            `GITHUB_OUTPUT names (${process.env['GITHUB_OUTPUT'] ?? 'unset'}): ${reason}`, { cause: error });
    }
}


/***/ }),

/***/ 5539:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ untilAborted),
/* harmony export */   T_: () => (/* binding */ rolloutGuard),
/* harmony export */   W3: () => (/* binding */ CANCEL_BUDGET_MS),
/* harmony export */   v7: () => (/* binding */ pause)
/* harmony export */ });
/* unused harmony exports Cancelled, RolloutGuard, aborted */
/** How long the put-back after a signal may take in all, inside the runner's grace time. */
const CANCEL_BUDGET_MS = 6_000;
const SIGNALS = ['SIGINT', 'SIGTERM'];
/** The reason a rollout's signal aborts with when the job is cancelled. */
class Cancelled extends Error {
    signal;
    name = 'Cancelled';
    constructor(signal) {
        super(`The job was cancelled (${signal})`);
        this.signal = signal;
    }
}
/**
 * The process-wide watch for SIGINT and SIGTERM. `open` marks a rollout window; a signal
 * during one aborts its signal (once: a second signal while it puts aliases back is only
 * logged); a signal outside one logs the state and ends the step, failed.
 */
class RolloutGuard {
    log;
    exit;
    window;
    state = () => 'nothing was changed yet';
    leaving;
    installed = false;
    constructor(log, exit = (code) => process.exit(code)) {
        this.log = log;
        this.exit = exit;
    }
    /** Starts listening for the signals (once). */
    install() {
        if (this.installed)
            return;
        this.installed = true;
        for (const signal of SIGNALS)
            process.on(signal, () => {
                this.onSignal(signal);
            });
    }
    /** Says what the run has left so far, for a signal that comes outside a rollout. */
    describeState(sentence) {
        this.state = sentence;
    }
    /** Runs before the step ends on a signal outside a rollout (the job summary), for 2 s at most. */
    beforeExit(leaving) {
        this.leaving = leaving;
    }
    /** Opens a rollout window: its signal aborts when the job is cancelled. */
    open() {
        this.window = new AbortController();
        return this.window.signal;
    }
    close() {
        this.window = undefined;
    }
    onSignal(signal) {
        const window = this.window;
        if (window === undefined) {
            const message = `Cancelled (${signal}) outside any traffic shift: ${this.state()}`;
            this.log.warning(message);
            const leaving = this.leaving?.(message) ?? Promise.resolve();
            const limit = new Promise((resolve) => setTimeout(resolve, 2_000).unref());
            void Promise.race([leaving, limit])
                .catch(() => undefined)
                .finally(() => {
                this.exit(1);
            });
            return;
        }
        if (window.signal.aborted) {
            this.log.warning(`${signal} again: still putting the aliases back`);
            return;
        }
        this.log.warning(`Cancelled (${signal}) during the traffic shift: putting the aliases back`);
        window.abort(new Cancelled(signal));
    }
}
/** The one guard of the process; main.ts installs it. */
let current;
function rolloutGuard(log) {
    current ??= new RolloutGuard(log);
    return current;
}
/** Resolves when `signal` aborts; never, without one. */
function aborted(signal) {
    return new Promise((_, reject) => {
        if (signal === undefined)
            return;
        if (signal.aborted) {
            reject(signal.reason);
            return;
        }
        signal.addEventListener('abort', () => {
            reject(signal.reason);
        }, { once: true });
    });
}
/** `work`, unless `signal` aborts first (then its reason). */
function untilAborted(signal, work) {
    if (signal === undefined)
        return work;
    work.catch(() => undefined);
    return Promise.race([work, aborted(signal)]);
}
/** Waits `ms`, or less when `signal` aborts (then rejects with its reason). */
function pause(ms, signal) {
    return untilAborted(signal, new Promise((resolve) => setTimeout(resolve, ms)));
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ OutcomeUnknownError),
/* harmony export */   Fk: () => (/* binding */ withOutputs),
/* harmony export */   PO: () => (/* binding */ isOutcomeUnknownFailure),
/* harmony export */   Q2: () => (/* binding */ withState),
/* harmony export */   Uy: () => (/* binding */ summarized),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   k2: () => (/* binding */ isSummarized),
/* harmony export */   rd: () => (/* binding */ failureOutputs),
/* harmony export */   sH: () => (/* binding */ DeployError)
/* harmony export */ });
/**
 * A problem with what the workflow author wrote; always raised before any AWS call. It names an
 * input the schema declares, so a message cannot name one the action does not have.
 */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, detail) {
        super(`Input '${input}': ${detail}`);
        this.input = input;
    }
}
/** A deploy step that could not be completed; the message says what and why. */
class DeployError extends Error {
    name = 'DeployError';
}
/**
 * A change whose answer never came and whose effect could not be read back either: the
 * message must not claim it was or was not applied.
 */
class OutcomeUnknownError extends DeployError {
}
/** True when `error`, or an error it wraps, is an OutcomeUnknownError. */
function isOutcomeUnknownFailure(error) {
    for (let at = error; at instanceof Error; at = at.cause) {
        if (at instanceof OutcomeUnknownError)
            return true;
    }
    return false;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * The error with a sentence on what state it left things in, unless it already says;
 * an InputError comes before any AWS call and is left as it is.
 */
function withState(error, state) {
    const message = errorMessage(error).trimEnd();
    if (error instanceof InputError || message.includes('no alias moved'))
        return error;
    const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
    return new DeployError(`${sentence} ${state}`, { cause: error });
}
/**
 * Outputs a failure still sets (`smoke-test: failed`, `rolled-back: true`): those of the
 * error and of every error it wraps.
 */
function failureOutputs(error) {
    const outputs = {};
    for (let at = error; at instanceof Error; at = at.cause) {
        const own = at.outputs;
        if (typeof own === 'object' && own !== null)
            Object.assign(outputs, own);
    }
    return outputs;
}
/** A failure that still sets outputs (the version a run published before it failed, say). */
class FailureWithOutputs extends DeployError {
    outputs;
    constructor(cause, outputs) {
        super(errorMessage(cause), { cause });
        this.outputs = outputs;
    }
}
/** `error`, unchanged in its message, with `outputs` set by the step's failure as well. */
function withOutputs(error, outputs) {
    return Object.keys(outputs).length === 0 ? error : new FailureWithOutputs(error, outputs);
}
const SUMMARIZED = Symbol('summarized');
/** Marks a failure whose job summary is written: the step writes no other. */
function summarized(error) {
    if (error instanceof Error)
        Object.defineProperty(error, SUMMARIZED, { value: true });
    return error;
}
function isSummarized(error) {
    return error instanceof Error && error[SUMMARIZED] === true;
}


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   _C: () => (/* binding */ formatMebibytes),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Byte counts and durations as people read them in logs and the job summary. */
function formatBytes(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = 0;
    // 1023.95 and up would print as 1024.0 of the smaller unit.
    while (value >= 1023.95 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    const exact = formatCount(bytes);
    return unit === 0
        ? `${exact} bytes`
        : `${value.toFixed(1)} ${units[unit] ?? ''} (${exact} bytes)`;
}
/** A short size, for progress lines: "12.3 MiB". */
function formatMebibytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
function formatCount(count) {
    // As toLocaleString('en-US') writes a whole number, without loading ICU's data for it
    // (tens of milliseconds of a run that changes nothing).
    if (!Number.isSafeInteger(count))
        return count.toLocaleString('en-US');
    return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
function formatSeconds(seconds) {
    const milliseconds = Math.round(seconds * 1000);
    return milliseconds < 1000 ? `${milliseconds} ms` : `${seconds.toFixed(1)} s`;
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5364);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5504:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  il: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_SECONDS),
  Uf: () => (/* reexport */ MAX_LAYERS),
  vD: () => (/* reexport */ environment_and_tags/* checkEnvironmentSize */.vD),
  J$: () => (/* reexport */ function_target/* functionBaseName */.J$),
  FV: () => (/* binding */ isCleanup),
  z1: () => (/* binding */ isRollback),
  Q6: () => (/* reexport */ isS3FilesAccessPoint),
  d8: () => (/* reexport */ layerNameOf),
  t3: () => (/* reexport */ otherLayers),
  ZY: () => (/* binding */ parseCleanupInputs),
  TL: () => (/* binding */ parseInputs),
  hy: () => (/* binding */ parseRollbackInputs)
});

// UNUSED EXPORTS: DEFAULT_DEPLOYMENT_ENVIRONMENT, DEFAULT_S3_KEY_PREFIX, DEFAULT_WAIT_TIMEOUT_SECONDS, ENVIRONMENT_LIMIT_BYTES, MAX_FILE_SYSTEMS, MAX_SECURITY_GROUPS, MAX_SUBNETS, atMost, checkCreatable, checkRuntime, hasSettings, inputLines, nonEmpty, optionalChoice, parseAlarms, parseAlias, parseBoolean, parseChoice, parseCodeDeploy, parseCodeSource, parseFunctionName, parseGitHubDeployment, parseInteger, parseInterval, parseKeepVersions, parseLayer, parsePullRequestComment, parseRegion, parseRelease, parseRollbackTarget, parseRollout, parseS3Options, parseSettings, parseSmokeTest, parseSymlinks, parseTrafficSteps, runId, runLabel

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/inputs/function-target.ts
var function_target = __nccwpck_require__(8283);
// EXTERNAL MODULE: ./src/inputs/values.ts
var values = __nccwpck_require__(8463);
;// CONCATENATED MODULE: ./src/inputs/github.ts
// github-deployment and deployment-environment: recording the deploy as a GitHub deployment.


/** GitHub's own limit on an environment's name. */
const ENVIRONMENT_LIMIT = 255;
/** The environment of a run without an alias, so that every deployment has one. */
const DEFAULT_DEPLOYMENT_ENVIRONMENT = 'lambda';
function parseGitHubDeployment(read, env, alias) {
    const enabled = (0,values/* parseBoolean */.yG)('github-deployment', read('github-deployment'), false);
    const named = read('deployment-environment');
    if (!enabled) {
        if (named !== '') {
            throw new errors/* InputError */.dz('deployment-environment', 'applies only with github-deployment: true (the environment to record the deployment in)');
        }
        return undefined;
    }
    const token = read('github-token') || (env['GITHUB_TOKEN'] ?? '');
    if (token === '') {
        throw new errors/* InputError */.dz('github-token', 'is required with github-deployment: true (${{ github.token }}, with deployments: write)');
    }
    return {
        token,
        environment: parseEnvironmentName(named) ?? alias ?? DEFAULT_DEPLOYMENT_ENVIRONMENT,
    };
}
function parseEnvironmentName(value) {
    if (value === '')
        return undefined;
    if (value.length > ENVIRONMENT_LIMIT || /\p{Cc}/u.test(value)) {
        throw new errors/* InputError */.dz('deployment-environment', `is not an environment name: one line of at most ${ENVIRONMENT_LIMIT} characters`);
    }
    return value;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/inputs/settings/arn-or-none.ts
// none, which removes a setting, and what the settings that take an ARN or none share.

/** The value that removes a setting, or detaches the VPC: GitHub gives '' for an unset input. */
const NONE = 'none';
const REGION_PART = '[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+';
/** An ARN matching `pattern`, `none` ('' here: remove), or undefined when unset. */
function parseArnOrNone(input, value, pattern, says) {
    if (value === '')
        return undefined;
    if (value === NONE)
        return '';
    if (!pattern.test(value)) {
        throw new errors/* InputError */.dz(input, `'${value}' is not ${says}, or none to remove it`);
    }
    return value;
}

// EXTERNAL MODULE: ./src/inputs/settings/environment-and-tags.ts
var environment_and_tags = __nccwpck_require__(2546);
;// CONCATENATED MODULE: ./src/inputs/settings/file-systems.ts
// file-systems: an EFS or S3 Files access point and where it mounts, or none.


const ACCESS_POINT = new RegExp(`^arn:aws[a-zA-Z-]*:elasticfilesystem:${REGION_PART}:\\d{12}:access-point/fsap-[a-f0-9]{17}$`);
/** Lambda's pattern for an S3 Files access point (FileSystemConfig.Arn, at most 256 characters). */
const S3_FILES_ACCESS_POINT = /^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system\/fs-[0-9a-f]{17,40}\/access-point\/fsap-[0-9a-f]{17,40}$/;
const ARN_MAX = 256;
/** Whether `arn` is an S3 Files access point (S3FilesConfig applies only to those). */
function isS3FilesAccessPoint(arn) {
    return S3_FILES_ACCESS_POINT.test(arn);
}
/** Lambda's pattern for LocalMountPath. */
const MOUNT_PATH = /^\/mnt\/[a-zA-Z0-9-_.]+$/;
const MOUNT_PATH_MAX = 160;
/** Lambda takes one file system configuration per function. */
const MAX_FILE_SYSTEMS = 1;
/** `<access-point-arn>=<mount-path>` lines, or none (no file system). */
function parseFileSystems(value) {
    if (value === NONE)
        return [];
    const systems = [];
    for (const [index, line] of value.split(/\r?\n/).entries()) {
        if (line.trim() === '')
            continue;
        const at = line.indexOf('=');
        const arn = at === -1 ? '' : line.slice(0, at).trim();
        const localMountPath = line.slice(at + 1).trim();
        if (!(ACCESS_POINT.test(arn) || isS3FilesAccessPoint(arn)) || arn.length > ARN_MAX) {
            throw new errors/* InputError */.dz('file-systems', `line ${index + 1} is not <access-point-arn>=<mount-path> with an EFS access point ARN ` +
                '(arn:aws:elasticfilesystem:<region>:<account>:access-point/fsap-…) or an S3 Files one ' +
                '(arn:aws:s3files:<region>:<account>:file-system/fs-…/access-point/fsap-…)');
        }
        if (!MOUNT_PATH.test(localMountPath) || localMountPath.length > MOUNT_PATH_MAX) {
            throw new errors/* InputError */.dz('file-systems', `'${localMountPath}' is not a mount path: /mnt/ then one name of letters, digits, - _ .`);
        }
        systems.push({ arn, localMountPath });
    }
    if (systems.length === 0) {
        throw new errors/* InputError */.dz('file-systems', 'lists no file system: give one line, or none to remove');
    }
    if (systems.length > MAX_FILE_SYSTEMS) {
        throw new errors/* InputError */.dz('file-systems', `lists ${systems.length}; Lambda takes at most ${MAX_FILE_SYSTEMS} file system per function`);
    }
    return systems;
}
/** DirectS3Read applies only to an S3 Files mount (Lambda refuses S3FilesConfig on EFS). */
function checkDirectS3Read(directS3Read, fileSystems) {
    if (directS3Read === undefined || fileSystems === undefined)
        return;
    if (fileSystems.length === 0) {
        throw new errors/* InputError */.dz('file-system-direct-s3-read', 'applies to an S3 Files mount, and file-systems is none');
    }
    const efs = fileSystems.find((system) => !isS3FilesAccessPoint(system.arn));
    if (efs !== undefined) {
        throw new errors/* InputError */.dz('file-system-direct-s3-read', `applies only to an S3 Files access point; file-systems mounts the EFS access point ${efs.arn}`);
    }
}

;// CONCATENATED MODULE: ./src/inputs/settings/image-config.ts
// image-command, image-entrypoint and image-working-directory: overrides of the image's own.


/** Lambda's limits on an image configuration. */
const IMAGE_LIST_MAX = 1500;
const WORKING_DIRECTORY_MAX = 1000;
function parseImageConfig(read) {
    const lines = (input) => {
        const value = read(input);
        if (value === '')
            return undefined;
        return (0,values/* atMost */.Tu)(input, (0,values/* inputLines */.KD)(value), IMAGE_LIST_MAX, { noun: 'items', holder: 'Lambda' });
    };
    const command = lines('image-command');
    const entryPoint = lines('image-entrypoint');
    const workingDirectory = (0,values/* nonEmpty */.hq)(read('image-working-directory'));
    if (workingDirectory !== undefined && workingDirectory.length > WORKING_DIRECTORY_MAX) {
        throw new errors/* InputError */.dz('image-working-directory', `is ${workingDirectory.length} characters, over Lambda's ${WORKING_DIRECTORY_MAX}`);
    }
    if (workingDirectory !== undefined && !workingDirectory.startsWith('/')) {
        throw new errors/* InputError */.dz('image-working-directory', `'${workingDirectory}' is not an absolute path (it starts with /)`);
    }
    if (command === undefined && entryPoint === undefined && workingDirectory === undefined) {
        return undefined;
    }
    return {
        ...(command === undefined ? {} : { command }),
        ...(entryPoint === undefined ? {} : { entryPoint }),
        ...(workingDirectory === undefined ? {} : { workingDirectory }),
    };
}

;// CONCATENATED MODULE: ./src/inputs/settings/logging.ts
// log-format, log-group and the log levels: only the parts set.


/** CloudWatch Logs' rule for a log group name. */
const LOG_GROUP = /^[.\-_/#A-Za-z0-9]{1,512}$/;
const APPLICATION_LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];
const SYSTEM_LOG_LEVELS = ['DEBUG', 'INFO', 'WARN'];
function parseLogging(read) {
    const format = (0,values/* optionalChoice */.AU)('log-format', read('log-format'), ['Text', 'JSON']);
    const logGroup = (0,values/* nonEmpty */.hq)(read('log-group'));
    if (logGroup !== undefined && !LOG_GROUP.test(logGroup)) {
        throw new errors/* InputError */.dz('log-group', `'${logGroup}' is not a log group name (1 to 512 of letters, digits, _ - / . #)`);
    }
    const applicationLogLevel = (0,values/* optionalChoice */.AU)('application-log-level', read('application-log-level'), APPLICATION_LOG_LEVELS);
    const systemLogLevel = (0,values/* optionalChoice */.AU)('system-log-level', read('system-log-level'), SYSTEM_LOG_LEVELS);
    for (const [input, level] of [
        ['application-log-level', applicationLogLevel],
        ['system-log-level', systemLogLevel],
    ]) {
        if (level !== undefined && format !== 'JSON') {
            throw new errors/* InputError */.dz(input, 'needs log-format: JSON (Lambda takes log levels only with JSON logs)');
        }
    }
    const logging = {
        ...(format === undefined ? {} : { format }),
        ...(logGroup === undefined ? {} : { logGroup }),
        ...(applicationLogLevel === undefined ? {} : { applicationLogLevel }),
        ...(systemLogLevel === undefined ? {} : { systemLogLevel }),
    };
    return Object.keys(logging).length === 0 ? undefined : logging;
}

// EXTERNAL MODULE: ./src/inputs/json-text.ts
var json_text = __nccwpck_require__(511);
;// CONCATENATED MODULE: ./src/inputs/settings/newest.ts
// runtime-config, accelerator-memory-size and file-system-direct-s3-read: the settings Lambda
// added in 2026 (RuntimeConfig, AcceleratorConfig, FileSystemConfigs[].S3FilesConfig).


/** Lambda's AcceleratorMemoryGB values. */
const ACCELERATOR_MEMORY_SIZES = [3, 6, 12, 16, 24, 48];
/** /tmp's limit without an accelerator, and with one. */
const EPHEMERAL_STORAGE_MAX = 10_240;
const EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR = 32_768;
/** FunctionRuntimeConfig's patterns and lengths, from Lambda's API reference. */
const RUNTIME_ARN = /^arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:runtime\/.+$/;
const RUNTIME_ARN_LENGTH = { min: 48, max: 2048 };
const RUNTIME_ALIAS = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,126}[A-Za-z0-9_])?$/;
const DIRECT_S3_READ = ['AUTO', 'ENABLED', 'DISABLED'];
function parseNewestSettings(read) {
    return {
        runtimeConfig: parseRuntimeConfig(read('runtime-config')),
        acceleratorMemorySize: parseAcceleratorMemorySize(read('accelerator-memory-size')),
        directS3Read: parseDirectS3Read(read('file-system-direct-s3-read')),
    };
}
function parseRuntimeConfig(value) {
    if (value === '')
        return undefined;
    const shape = 'a JSON object {"RuntimeArn": "arn:aws:lambda:<region>:<account>:runtime/<name>", "RuntimeAlias": "<alias>"}';
    let parsed;
    try {
        parsed = (0,json_text/* parseJsonText */.lk)(value);
    }
    catch (error) {
        if (error instanceof json_text/* JsonSyntaxError */.q3) {
            throw new errors/* InputError */.dz('runtime-config', `${error.message}; give ${shape}`);
        }
        throw error;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* InputError */.dz('runtime-config', `is not ${shape}`);
    }
    const object = parsed;
    const unknown = Object.keys(object).filter((key) => key !== 'RuntimeArn' && key !== 'RuntimeAlias');
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz('runtime-config', `has ${unknown.map((key) => `'${key}'`).join(', ')}, which RuntimeConfig does not: it takes RuntimeArn and RuntimeAlias`);
    }
    const runtimeArn = object['RuntimeArn'];
    const runtimeAlias = object['RuntimeAlias'];
    if (typeof runtimeArn !== 'string' || typeof runtimeAlias !== 'string') {
        throw new errors/* InputError */.dz('runtime-config', `needs both RuntimeArn and RuntimeAlias, as strings`);
    }
    if (!RUNTIME_ARN.test(runtimeArn) ||
        runtimeArn.length < RUNTIME_ARN_LENGTH.min ||
        runtimeArn.length > RUNTIME_ARN_LENGTH.max) {
        throw new errors/* InputError */.dz('runtime-config', `RuntimeArn '${runtimeArn}' is not a runtime ARN (arn:aws:lambda:<region>:<account>:runtime/<name>, ${RUNTIME_ARN_LENGTH.min} to ${RUNTIME_ARN_LENGTH.max} characters)`);
    }
    if (!RUNTIME_ALIAS.test(runtimeAlias)) {
        throw new errors/* InputError */.dz('runtime-config', `RuntimeAlias '${runtimeAlias}' is not a runtime alias name: 1 to 128 letters, digits, _ . -, starting and ending with a letter, digit or _`);
    }
    return { runtimeArn, runtimeAlias };
}
function parseAcceleratorMemorySize(value) {
    if (value === '')
        return undefined;
    const size = ACCELERATOR_MEMORY_SIZES.find((candidate) => String(candidate) === value);
    if (size === undefined) {
        throw new errors/* InputError */.dz('accelerator-memory-size', `'${value}' is not one of Lambda's accelerator memory sizes in GB: ${ACCELERATOR_MEMORY_SIZES.join(', ')}`);
    }
    return size;
}
function parseDirectS3Read(value) {
    if (value === '')
        return undefined;
    const choice = DIRECT_S3_READ.find((candidate) => candidate === value.toUpperCase());
    if (choice === undefined) {
        throw new errors/* InputError */.dz('file-system-direct-s3-read', `'${value}' is not one of ${DIRECT_S3_READ.join(', ')}`);
    }
    return choice;
}
/** Over 10240 MB of /tmp only with an accelerator, and never over 32768. */
function checkEphemeralStorage(size, acceleratorMemorySize) {
    if (size === undefined || size <= EPHEMERAL_STORAGE_MAX)
        return;
    if (acceleratorMemorySize === undefined) {
        throw new errors/* InputError */.dz('ephemeral-storage', `${size} is out of range: give a whole number of MB from 512 to ${EPHEMERAL_STORAGE_MAX}; ` +
            `Lambda allows up to ${EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR} only with an accelerator (accelerator-memory-size)`);
    }
}

;// CONCATENATED MODULE: ./src/inputs/settings/lambda-2025.ts
// durable-config, capacity-provider-config, scaling-config and tenant-isolation: JSON in the
// API's own shapes (DurableConfig, CapacityProviderConfig, FunctionScalingConfig), checked
// here field by field with Lambda's ranges, so that a typo fails before any AWS call.




/** Lambda's range for DurableConfig.ExecutionTimeout: one 366-day year, in seconds. */
const MAX_DURABLE_TIMEOUT = 31_622_400;
const MAX_RETENTION_DAYS = 90;
const KMS_KEY = new RegExp(`^arn:aws[a-zA-Z-]*:kms:${REGION_PART}:\\d{12}:key/[a-zA-Z0-9-]{1,128}$`);
const CAPACITY_PROVIDER = new RegExp(`^arn:aws[a-zA-Z-]*:lambda:${REGION_PART}:\\d{12}:capacity-provider:[a-zA-Z0-9_-]{1,140}$`);
function parseLambda2025(read) {
    const scaling = parseScaling(read('scaling-config'));
    const capacityProvider = parseCapacityProvider(read('capacity-provider-config'));
    return {
        durableConfig: parseDurable(read('durable-config')),
        capacityProvider,
        scaling,
        tenantIsolation: (0,values/* optionalChoice */.AU)('tenant-isolation', read('tenant-isolation'), [
            'per-tenant',
            'none',
        ]),
    };
}
function parseDurable(value) {
    if (value === '')
        return undefined;
    const input = 'durable-config';
    const object = jsonObject(input, value, [
        'ExecutionTimeout',
        'RetentionPeriodInDays',
        'KMSKeyArn',
    ]);
    const timeout = whole(input, object, 'ExecutionTimeout', 1, MAX_DURABLE_TIMEOUT);
    const retention = whole(input, object, 'RetentionPeriodInDays', 1, MAX_RETENTION_DAYS);
    const key = object['KMSKeyArn'];
    if (key !== undefined && (typeof key !== 'string' || !KMS_KEY.test(key))) {
        throw new errors/* InputError */.dz(input, `KMSKeyArn ${JSON.stringify(key)} is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)`);
    }
    return {
        ...(timeout === undefined ? {} : { ExecutionTimeout: timeout }),
        ...(retention === undefined ? {} : { RetentionPeriodInDays: retention }),
        ...(typeof key === 'string' ? { KMSKeyArn: key } : {}),
    };
}
function parseCapacityProvider(value) {
    if (value === '')
        return undefined;
    const input = 'capacity-provider-config';
    const outer = jsonObject(input, value, ['LambdaManagedInstancesCapacityProviderConfig']);
    const inner = outer['LambdaManagedInstancesCapacityProviderConfig'];
    if (!isObject(inner)) {
        throw new errors/* InputError */.dz(input, 'needs LambdaManagedInstancesCapacityProviderConfig: an object with CapacityProviderArn');
    }
    const fields = [
        'CapacityProviderArn',
        'PerExecutionEnvironmentMaxConcurrency',
        'ExecutionEnvironmentMemoryGiBPerVCpu',
    ];
    checkKeys(input, inner, fields, 'LambdaManagedInstancesCapacityProviderConfig.');
    const arn = inner['CapacityProviderArn'];
    if (typeof arn !== 'string' || !CAPACITY_PROVIDER.test(arn)) {
        throw new errors/* InputError */.dz(input, `CapacityProviderArn ${arn === undefined ? 'is missing' : `${JSON.stringify(arn)} is not a capacity provider ARN`} (arn:aws:lambda:<region>:<account>:capacity-provider:<name>)`);
    }
    const concurrency = whole(input, inner, 'PerExecutionEnvironmentMaxConcurrency', 1, 1_000_000);
    const memory = inner['ExecutionEnvironmentMemoryGiBPerVCpu'];
    if (memory !== undefined && (typeof memory !== 'number' || !(memory > 0))) {
        throw new errors/* InputError */.dz(input, `ExecutionEnvironmentMemoryGiBPerVCpu ${JSON.stringify(memory)} is not a positive number of GiB`);
    }
    return {
        LambdaManagedInstancesCapacityProviderConfig: {
            CapacityProviderArn: arn,
            ...(concurrency === undefined ? {} : { PerExecutionEnvironmentMaxConcurrency: concurrency }),
            ...(typeof memory === 'number' ? { ExecutionEnvironmentMemoryGiBPerVCpu: memory } : {}),
        },
    };
}
function parseScaling(value) {
    if (value === '')
        return undefined;
    const input = 'scaling-config';
    const object = jsonObject(input, value, ['MinExecutionEnvironments', 'MaxExecutionEnvironments']);
    const min = whole(input, object, 'MinExecutionEnvironments', 0, 1_000_000);
    const max = whole(input, object, 'MaxExecutionEnvironments', 0, 1_000_000);
    if (min === undefined && max === undefined) {
        throw new errors/* InputError */.dz(input, 'sets neither MinExecutionEnvironments nor MaxExecutionEnvironments');
    }
    if (min !== undefined && max !== undefined && min > max) {
        throw new errors/* InputError */.dz(input, `MinExecutionEnvironments ${min} is over MaxExecutionEnvironments ${max}`);
    }
    return {
        ...(min === undefined ? {} : { MinExecutionEnvironments: min }),
        ...(max === undefined ? {} : { MaxExecutionEnvironments: max }),
    };
}
function jsonObject(input, value, keys) {
    let parsed;
    try {
        parsed = (0,json_text/* parseJsonText */.lk)(value);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz(input, `is not valid JSON: ${detail}`);
    }
    if (!isObject(parsed))
        throw new errors/* InputError */.dz(input, 'must be a JSON object');
    checkKeys(input, parsed, keys, '');
    return parsed;
}
/** Refuses a key the API's shape does not have, naming the nearest one it does. */
function checkKeys(input, object, keys, prefix) {
    for (const key of Object.keys(object)) {
        if (keys.includes(key))
            continue;
        const nearest = [...keys].sort((a, b) => distance(key, a) - distance(key, b))[0] ?? '';
        throw new errors/* InputError */.dz(input, `has no key ${prefix}${key} in the API's shape (did you mean ${nearest}?); it takes ${keys.join(', ')}`);
    }
}
function whole(input, object, key, min, max) {
    const value = object[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw new errors/* InputError */.dz(input, `${key} ${JSON.stringify(value)} is not a whole number from ${min} to ${max}`);
    }
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Edit distance, case-insensitive: to name the key a typo meant. */
function distance(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    let row = Array.from({ length: y.length + 1 }, (_, index) => index);
    for (let i = 1; i <= x.length; i++) {
        const next = [i];
        for (let j = 1; j <= y.length; j++) {
            next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[y.length] ?? 0;
}

;// CONCATENATED MODULE: ./src/inputs/settings/vpc.ts
// subnet-ids, security-group-ids and ipv6-dual-stack: the function's VPC, or none to detach it.



const SUBNET = /^subnet-[0-9a-f]{8,17}$/;
const SECURITY_GROUP = /^sg-[0-9a-f]{8,17}$/;
/** Lambda's limits on a function's VPC configuration. */
const MAX_SUBNETS = 16;
const MAX_SECURITY_GROUPS = 5;
/** Items one per line or comma-separated, trimmed, blank ones skipped, repeats dropped. */
function listOf(value) {
    return [
        ...new Set(value
            .split(/[\r\n,]+/)
            .map((item) => item.trim())
            .filter((item) => item !== '')),
    ];
}
function parseIds(input, value, pattern, what, max) {
    const ids = listOf(value);
    if (ids.length === 0) {
        throw new errors/* InputError */.dz(input, `lists no ${what}: list them, or none (with none for the other) to detach the VPC`);
    }
    for (const id of ids) {
        if (!pattern.test(id))
            throw new errors/* InputError */.dz(input, `'${id}' is not ${what}`);
    }
    if (ids.length > max) {
        throw new errors/* InputError */.dz(input, `lists ${ids.length}; Lambda takes at most ${max}`);
    }
    return ids;
}
function parseVpc(read) {
    const subnets = read('subnet-ids');
    const groups = read('security-group-ids');
    const dualStack = read('ipv6-dual-stack');
    const ipv6DualStack = dualStack === '' ? undefined : (0,values/* parseBoolean */.yG)('ipv6-dual-stack', dualStack, false);
    if (subnets === '' && groups === '') {
        if (ipv6DualStack !== undefined) {
            throw new errors/* InputError */.dz('ipv6-dual-stack', 'needs subnet-ids and security-group-ids: it is part of the VPC configuration');
        }
        return undefined;
    }
    if (subnets === '' || groups === '') {
        const [missing, given] = subnets === '' ? ['subnet-ids', 'security-group-ids'] : ['security-group-ids', 'subnet-ids'];
        throw new errors/* InputError */.dz(missing, `is required with ${given}: a VPC configuration needs both (none and none detach the VPC)`);
    }
    if (subnets === NONE || groups === NONE) {
        if (subnets !== groups) {
            const [detached, other] = subnets === NONE
                ? ['subnet-ids', 'security-group-ids']
                : ['security-group-ids', 'subnet-ids'];
            throw new errors/* InputError */.dz(detached, `is none but ${other} is not: set both to none to detach the VPC, or list both`);
        }
        if (ipv6DualStack !== undefined) {
            throw new errors/* InputError */.dz('ipv6-dual-stack', 'does not apply when the VPC is detached (none)');
        }
        return { subnetIds: [], securityGroupIds: [], ipv6DualStack: undefined };
    }
    return {
        subnetIds: parseIds('subnet-ids', subnets, SUBNET, 'a subnet ID (subnet-…)', MAX_SUBNETS),
        securityGroupIds: parseIds('security-group-ids', groups, SECURITY_GROUP, 'a security group ID (sg-…)', MAX_SECURITY_GROUPS),
        ipv6DualStack,
    };
}

;// CONCATENATED MODULE: ./src/inputs/settings.ts
// The function's settings: only what the user set, never a default. The groups with rules of
// their own are parsed in settings/: environment and tags, VPC, logging, file systems, image.













/**
 * CreateFunction needs a role, and for a zip a runtime and handler (an image brings its own);
 * checked before any AWS call rather than after the package is built.
 */
function checkCreatable(settings, packageType) {
    const required = [['role', settings.role]];
    if (packageType === 'Zip') {
        required.push(['runtime', settings.runtime], ['handler', settings.handler]);
    }
    for (const [input, value] of required) {
        if (value === undefined) {
            throw new errors/* InputError */.dz(input, `is required with create-if-missing: true, to create ${packageType === 'Zip' ? 'a zip' : 'an image'} function`);
        }
    }
}
/** True when the user set any function setting, so the configuration is compared at all. */
function hasSettings(settings) {
    return Object.entries(settings).some(([key, value]) => key !== 'environmentMode' && key !== 'tagsMode' && value !== undefined);
}
/** Lambda's limit on the layers of one function. */
const MAX_LAYERS = 5;
const ROLE = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const RUNTIME = /^[a-z][a-z0-9.]*$/;
const LAYER = /^arn:aws[a-zA-Z-]*:lambda:[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+:\d{12}:layer:[a-zA-Z0-9_-]+:\d+$/;
const DEAD_LETTER_TARGET = new RegExp(`^arn:aws[a-zA-Z-]*:(?:sqs|sns):${REGION_PART}:\\d{12}:[a-zA-Z0-9_-]{1,256}(?:\\.fifo)?$`);
const settings_KMS_KEY = new RegExp(`^arn:aws[a-zA-Z-]*:kms:${REGION_PART}:\\d{12}:key/[a-zA-Z0-9-]{1,128}$`);
function parseSettings(read) {
    const text = (input, max) => {
        const value = (0,values/* nonEmpty */.hq)(read(input));
        if (value !== undefined && value.length > max) {
            throw new errors/* InputError */.dz(input, `is ${value.length} characters, over Lambda's ${max}`);
        }
        return value;
    };
    const number = (input, min, max, unit) => read(input) === ''
        ? undefined
        : (0,values/* parseInteger */.cG)(input, read(input), { min, max, fallback: min, unit });
    const runtime = (0,values/* nonEmpty */.hq)(read('runtime'));
    if (runtime !== undefined)
        checkRuntime('runtime', runtime);
    const role = (0,values/* nonEmpty */.hq)(read('role'));
    if (role !== undefined && !ROLE.test(role)) {
        throw new errors/* InputError */.dz('role', `'${role}' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)`);
    }
    const architecture = (0,values/* nonEmpty */.hq)(read('architectures'));
    const layers = read('layers') === '' ? undefined : parseLayers(read('layers'));
    const newest = parseNewestSettings(read);
    const fileSystems = read('file-systems') === '' ? undefined : parseFileSystems(read('file-systems'));
    checkDirectS3Read(newest.directS3Read, fileSystems);
    if (newest.runtimeConfig !== undefined && runtime !== undefined && runtime !== 'custom') {
        throw new errors/* InputError */.dz('runtime-config', `needs runtime custom (a customer-managed runtime), and runtime is ${runtime}`);
    }
    if (newest.acceleratorMemorySize !== undefined && architecture === 'arm64') {
        throw new errors/* InputError */.dz('accelerator-memory-size', 'needs an x86_64 function (Lambda has accelerators only for x86_64), and architectures is arm64');
    }
    const storage = read('ephemeral-storage');
    if (/^\d+$/.test(storage) && Number(storage) <= EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR) {
        checkEphemeralStorage(Number(storage), newest.acceleratorMemorySize);
    }
    return {
        ...newest,
        handler: text('handler', 128),
        runtime,
        memorySize: number('memory-size', 128, 10_240, 'MB'),
        timeout: number('timeout', 1, 900, 'seconds'),
        description: text('description', 256),
        role,
        architecture: architecture === undefined
            ? undefined
            : (0,values/* parseChoice */.HU)('architectures', architecture, ['x86_64', 'arm64'], 'x86_64'),
        environment: read('environment') === '' ? undefined : (0,environment_and_tags/* parseEnvironment */.Nq)(read('environment')),
        environmentMode: (0,values/* parseChoice */.HU)('environment-mode', read('environment-mode'), ['merge', 'replace'], 'merge'),
        layers,
        ephemeralStorage: number('ephemeral-storage', 512, newest.acceleratorMemorySize === undefined
            ? EPHEMERAL_STORAGE_MAX
            : EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR, 'MB'),
        tags: read('tags') === '' ? undefined : (0,environment_and_tags/* parseTags */.rL)(read('tags')),
        vpc: parseVpc(read),
        deadLetterTargetArn: parseArnOrNone('dead-letter-target-arn', read('dead-letter-target-arn'), DEAD_LETTER_TARGET, 'an SQS queue or SNS topic ARN (arn:aws:sqs:<region>:<account>:<queue>)'),
        tracing: (0,values/* optionalChoice */.AU)('tracing', read('tracing'), ['Active', 'PassThrough']),
        logging: parseLogging(read),
        snapStart: (0,values/* optionalChoice */.AU)('snap-start', read('snap-start'), [
            'PublishedVersions',
            'None',
        ]),
        fileSystems,
        kmsKeyArn: parseArnOrNone('kms-key-arn', read('kms-key-arn'), settings_KMS_KEY, 'a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)'),
        imageConfig: parseImageConfig(read),
        reservedConcurrency: parseReservedConcurrency(read('reserved-concurrency')),
        provisionedConcurrency: number('provisioned-concurrency', 1, 10_000, 'instances'),
        codeSigningConfigArn: parseCodeSigningConfigArn(read('code-signing-config-arn')),
        tagsMode: (0,values/* parseChoice */.HU)('tags-mode', read('tags-mode'), ['merge', 'replace'], 'merge'),
        ...parseLambda2025(read),
    };
}
/** reserved-concurrency: a whole number from 0 (the function never runs) to 1000, or none. */
function parseReservedConcurrency(value) {
    if (value === '')
        return undefined;
    if (value === 'none')
        return 'none';
    if (!/^\d+$/.test(value)) {
        throw new errors/* InputError */.dz('reserved-concurrency', `'${value}' is not a whole number from 0 to 1000, or none (to remove it)`);
    }
    return (0,values/* parseInteger */.cG)('reserved-concurrency', value, {
        min: 0,
        max: 1000,
        fallback: 0,
        unit: 'concurrent executions',
    });
}
const CODE_SIGNING_CONFIG = /^arn:aws[a-zA-Z-]*:lambda:[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+:\d{12}:code-signing-config:csc-[a-z0-9]{17}$/;
/** code-signing-config-arn: an ARN, or none ('') to remove the function's. */
function parseCodeSigningConfigArn(value) {
    if (value === '')
        return undefined;
    if (value === 'none')
        return '';
    if (!CODE_SIGNING_CONFIG.test(value)) {
        throw new errors/* InputError */.dz('code-signing-config-arn', `'${value}' is not a code signing config ARN (arn:aws:lambda:<region>:<account>:code-signing-config:csc-<id>) or none`);
    }
    return value;
}
function checkRuntime(input, runtime) {
    if (!RUNTIME.test(runtime)) {
        throw new errors/* InputError */.dz(input, `'${runtime}' is not a Lambda runtime identifier such as nodejs22.x`);
    }
}
function parseLayers(value) {
    if (value === NONE)
        return [];
    const layers = (0,values/* atMost */.Tu)('layers', (0,values/* inputLines */.KD)(value), MAX_LAYERS, {
        noun: 'layers',
        holder: 'a function',
    });
    for (const layer of layers) {
        if (!LAYER.test(layer)) {
            throw new errors/* InputError */.dz('layers', `'${layer}' is not a layer version ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>)`);
        }
    }
    return layers;
}

;// CONCATENATED MODULE: ./src/inputs/layer.ts
// A layer to publish from a directory and attach to the function.




const LAYER_NAME = /^[a-zA-Z0-9_-]{1,140}$/;
/** Lambda's limit on CompatibleRuntimes. */
const MAX_COMPATIBLE_RUNTIMES = 15;
function parseLayer(read, workspace, symlinks) {
    const name = read('layer-name');
    const source = read('layer-source');
    const runtimes = layer_listOf(read('layer-compatible-runtimes'));
    const architectures = layer_listOf(read('layer-compatible-architectures'));
    if (name === '' && source === '') {
        for (const [input, given] of [
            ['layer-compatible-runtimes', runtimes],
            ['layer-compatible-architectures', architectures],
        ]) {
            if (given.length > 0)
                throw new errors/* InputError */.dz(input, 'needs layer-name and layer-source');
        }
        return undefined;
    }
    if (name === '')
        throw new errors/* InputError */.dz('layer-name', 'is required with layer-source');
    if (source === '') {
        throw new errors/* InputError */.dz('layer-source', 'is required with layer-name (the directory to publish)');
    }
    if (!LAYER_NAME.test(name)) {
        throw new errors/* InputError */.dz('layer-name', `'${name}' is not a layer name (1 to 140 letters, digits, '-' and '_')`);
    }
    if (runtimes.length > MAX_COMPATIBLE_RUNTIMES) {
        throw new errors/* InputError */.dz('layer-compatible-runtimes', `lists ${runtimes.length} runtimes; a layer takes at most ${MAX_COMPATIBLE_RUNTIMES}`);
    }
    for (const runtime of runtimes)
        checkRuntime('layer-compatible-runtimes', runtime);
    const compatibleArchitectures = architectures.map((architecture) => (0,values/* parseChoice */.HU)('layer-compatible-architectures', architecture, ['x86_64', 'arm64'], 'x86_64'));
    return {
        name,
        source: {
            kind: 'directory',
            path: external_node_path_default().resolve(workspace, source),
            include: [],
            exclude: [],
            symlinks,
        },
        compatibleRuntimes: [...new Set(runtimes)],
        compatibleArchitectures: [...new Set(compatibleArchitectures)],
    };
}
/** The layer version ARNs in `arns` of layers other than `name` (arn:…:layer:<name>:<version>). */
function otherLayers(arns, name) {
    return arns.filter((arn) => layerNameOf(arn) !== name);
}
function layerNameOf(arn) {
    return arn.split(':')[6];
}
/** One value a line, or several on a line separated by commas. */
function layer_listOf(value) {
    return value
        .split(/[\r\n,]+/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./src/inputs/package-source.ts
// What is deployed: a directory to package (with its file selection), a ready zip, or an image.



/** registry/repository followed by :tag or @sha256:digest, as Lambda takes it. */
const IMAGE_URI = /^[a-z0-9.-]+(?::\d+)?\/[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::[\w][\w.-]{0,127}|@sha256:[a-f0-9]{64})$/;
function parseCodeSource(read, workspace) {
    const given = ['source', 'zip-file', 'image-uri'].filter((name) => read(name) !== '');
    if (given.length > 1) {
        throw new errors/* InputError */.dz(given[0] ?? 'source', `set only one of 'source' (a directory), 'zip-file' (a .zip) and 'image-uri' (a container image); got ${given.map((name) => `'${name}'`).join(' and ')}`);
    }
    const imageUri = read('image-uri');
    if (imageUri === '')
        return parsePackageSource(read, workspace);
    if (!IMAGE_URI.test(imageUri)) {
        throw new errors/* InputError */.dz('image-uri', `'${imageUri}' is not an image URI such as <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> (or @sha256:<digest>)`);
    }
    for (const name of ['include', 'exclude']) {
        if (read(name) !== '') {
            throw new errors/* InputError */.dz(name, "applies to 'source' only; an image is deployed as it is");
        }
    }
    return { kind: 'image', uri: imageUri };
}
function parsePackageSource(read, workspace) {
    const source = read('source');
    const zipFile = read('zip-file');
    const include = parsePatterns('include', read('include'));
    const exclude = parsePatterns('exclude', read('exclude'));
    const symlinks = parseSymlinks(read);
    if (source !== '') {
        return { kind: 'directory', path: external_node_path_default().resolve(workspace, source), include, exclude, symlinks };
    }
    for (const [name, patterns] of [
        ['include', include],
        ['exclude', exclude],
    ]) {
        if (zipFile !== '' && patterns.length > 0) {
            throw new errors/* InputError */.dz(name, "applies to 'source' only; a zip-file is deployed as it is");
        }
    }
    if (zipFile !== '')
        return { kind: 'zip-file', path: external_node_path_default().resolve(workspace, zipFile), symlinks };
    throw new errors/* InputError */.dz('source', "is required: set 'source' (a directory) or 'zip-file' (a .zip)");
}
function parseSymlinks(read) {
    const choices = ['auto', 'follow', 'error', 'preserve'];
    return (0,values/* parseChoice */.HU)('symlinks', read('symlinks'), choices, 'auto');
}
/**
 * One .gitignore pattern a line ('!' takes back what an earlier line took); blank lines
 * and lines starting with '#' are skipped.
 */
function parsePatterns(input, value) {
    const patterns = value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    for (const pattern of patterns) {
        if (pattern.replace(/^!/, '').split('/').includes('..')) {
            throw new errors/* InputError */.dz(input, `'${pattern}' reaches outside the source directory with '..'`);
        }
    }
    return patterns;
}

// EXTERNAL MODULE: ./src/inputs/codedeploy-config.ts
var codedeploy_config = __nccwpck_require__(9490);
;// CONCATENATED MODULE: ./src/inputs/codedeploy.ts
// rollout-engine and the CodeDeploy inputs: which application, group and config a
// CodeDeploy rollout uses, its hooks, and whether the step follows it to its end.



/** CodeDeploy's names: 1 to 100 characters. */
const NAME = /^[A-Za-z0-9._+\-@]{1,100}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const FUNCTION = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}$/;
const CODEDEPLOY_ONLY = [
    'codedeploy-application',
    'codedeploy-deployment-group',
    'codedeploy-service-role',
    'codedeploy-config',
    'rollout-timeout',
    'before-traffic-hook',
    'after-traffic-hook',
];
/** The CodeDeploy rollout the inputs ask for; undefined with rollout-engine: action. */
function parseCodeDeploy(read, alias, rollout) {
    const engine = (0,values/* parseChoice */.HU)('rollout-engine', read('rollout-engine'), ['action', 'codedeploy'], 'action');
    const wait = (0,values/* parseBoolean */.yG)('wait-for-rollout', read('wait-for-rollout'), true);
    if (engine === 'action') {
        for (const input of CODEDEPLOY_ONLY) {
            if (read(input) !== '') {
                throw new errors/* InputError */.dz(input, 'applies only with rollout-engine: codedeploy');
            }
        }
        if (!wait)
            throw new errors/* InputError */.dz('wait-for-rollout', 'applies only with rollout-engine: codedeploy');
        return undefined;
    }
    if (alias === undefined) {
        throw new errors/* InputError */.dz('rollout-engine', 'codedeploy shifts an alias between two versions: set alias');
    }
    if (read('smoke-test-after') === 'true') {
        throw new errors/* InputError */.dz('smoke-test-after', 'runs in the step once the alias is at 100 %; with rollout-engine: codedeploy, use after-traffic-hook');
    }
    return {
        application: parseName('codedeploy-application', read('codedeploy-application')),
        group: parseName('codedeploy-deployment-group', read('codedeploy-deployment-group')),
        serviceRole: parseRole(read('codedeploy-service-role')),
        config: parseConfig(read, rollout),
        wait,
        timeoutSeconds: parseTimeout(read('rollout-timeout'), wait),
        hooks: {
            beforeAllowTraffic: parseHook('before-traffic-hook', read('before-traffic-hook')),
            afterAllowTraffic: parseHook('after-traffic-hook', read('after-traffic-hook')),
        },
    };
}
function parseName(input, value) {
    if (value === '')
        throw new errors/* InputError */.dz(input, 'is required with rollout-engine: codedeploy');
    if (!NAME.test(value)) {
        throw new errors/* InputError */.dz(input, `'${value}' is not a CodeDeploy name (1 to 100 letters, digits, . _ + - @)`);
    }
    return value;
}
function parseRole(value) {
    if (value === '')
        return undefined;
    if (!ROLE_ARN.test(value)) {
        throw new errors/* InputError */.dz('codedeploy-service-role', `'${value}' is not an IAM role ARN (arn:aws:iam::123456789012:role/name)`);
    }
    return value;
}
function parseHook(input, value) {
    if (value === '')
        return undefined;
    if (!FUNCTION.test(value)) {
        throw new errors/* InputError */.dz(input, `'${value}' is not a Lambda function name or ARN`);
    }
    return value;
}
function parseTimeout(value, wait) {
    if (value === '')
        return undefined;
    if (!wait) {
        throw new errors/* InputError */.dz('rollout-timeout', 'bounds the wait of wait-for-rollout: true; with false the step does not wait');
    }
    return (0,values/* parseInteger */.cG)('rollout-timeout', value, {
        min: 1,
        max: 21_600,
        fallback: 3_600,
        unit: 'seconds',
    });
}
/** codedeploy-config, or the config traffic and traffic-interval map onto: never both. */
function parseConfig(read, rollout) {
    const named = read('codedeploy-config');
    const traffic = read('traffic');
    const stepped = rollout.steps.length > 1 || (rollout.steps[0] ?? 100) < 100;
    if (named !== '') {
        if (stepped || read('traffic-interval') !== '') {
            throw new errors/* InputError */.dz('codedeploy-config', `and traffic '${traffic}' both say how the traffic moves: give one of them`);
        }
        if (!NAME.test(named)) {
            throw new errors/* InputError */.dz('codedeploy-config', `'${named}' is not a CodeDeploy deployment config name`);
        }
        return { kind: 'named', name: named };
    }
    return { kind: 'shaped', ...(0,codedeploy_config/* configForSteps */.V6)(rollout.steps, rollout.intervalSeconds, traffic) };
}

// EXTERNAL MODULE: ./src/inputs/workspace-file.ts
var workspace_file = __nccwpck_require__(5247);
;// CONCATENATED MODULE: ./src/inputs/safe-release.ts
// Safe releases: the smoke test before traffic, traffic in steps behind alarms, rollback, pruning.




/** The largest payload Lambda takes in a synchronous Invoke. */
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
/** smoke-test: JSON, or @path to a JSON file in the workspace. */
function parseSmokeTest(read, workspace) {
    const given = read('smoke-test');
    const expected = read('smoke-test-expect');
    const tenantId = parseTenantId(read('smoke-test-tenant-id'));
    if (given === '') {
        if (expected !== '') {
            throw new errors/* InputError */.dz('smoke-test-expect', 'needs smoke-test: the payload to invoke with');
        }
        if (tenantId !== undefined) {
            throw new errors/* InputError */.dz('smoke-test-tenant-id', 'needs smoke-test: the payload to invoke with');
        }
        return undefined;
    }
    const file = given.startsWith('@') ? given.slice(1) : undefined;
    const payload = file === undefined ? given : readPayloadFile(file, workspace);
    parseJson('smoke-test', payload, file === undefined ? '' : `'@${file}' `);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        throw new errors/* InputError */.dz('smoke-test', `is over Lambda's ${MAX_PAYLOAD_BYTES} bytes for a payload`);
    }
    return {
        payload,
        expect: expected === '' ? undefined : parseJson('smoke-test-expect', expected),
        expects: expected !== '',
        ...(tenantId === undefined ? {} : { tenantId }),
    };
}
/** Lambda's TenantId pattern and length: 1 to 256 of these characters. */
const TENANT_ID = /^[a-zA-Z0-9._:/=+\-@ ]{1,256}$/;
function parseTenantId(value) {
    if (value === '')
        return undefined;
    if (!TENANT_ID.test(value)) {
        throw new errors/* InputError */.dz('smoke-test-tenant-id', `'${value}' is not a tenant ID: 1 to 256 letters, digits, spaces or . _ : / = + - @`);
    }
    return value;
}
function readPayloadFile(file, workspace) {
    return (0,workspace_file/* readWorkspaceFile */.s)({
        input: 'smoke-test',
        path: file,
        shown: `'@${file}'`,
        workspace,
        maxBytes: MAX_PAYLOAD_BYTES,
        tooLarge: (bytes) => `is ${bytes} bytes, over Lambda's ${MAX_PAYLOAD_BYTES} bytes for a payload`,
        // The wording smoke-test has always used for a missing file.
        missing: 'is not a readable file in the workspace',
    });
}
/** The text may hold a secret: the error says where it is not JSON, never what is there. */
function parseJson(input, text, shown = '') {
    try {
        return (0,json_text/* parseJsonText */.lk)(text);
    }
    catch (error) {
        if (!(error instanceof json_text/* JsonSyntaxError */.q3))
            throw error;
        throw new errors/* InputError */.dz(input, `${shown}${error.message}`);
    }
}
/** traffic: one percentage, or rising steps such as 10,50,100. */
function parseTrafficSteps(value) {
    if (value === '')
        return [100];
    const steps = value.split(',').map((part) => part.trim());
    const numbers = steps.map((step) => (0,values/* parseInteger */.cG)('traffic', step, { min: 1, max: 100, fallback: 100, unit: 'percent' }));
    for (let index = 1; index < numbers.length; index++) {
        if ((numbers[index] ?? 0) <= (numbers[index - 1] ?? 0)) {
            throw new errors/* InputError */.dz('traffic', `'${value}': steps must rise, each above the one before (such as 10,50,100)`);
        }
    }
    return numbers;
}
const DURATION = /^(\d+)\s*(s|m|h)?$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600 };
/** GitHub ends a job after 6 hours. */
const MAX_INTERVAL_SECONDS = 21_600;
/** traffic-interval: '30s', '5m', '1h' or seconds; default 5 minutes. */
function parseInterval(value) {
    if (value === '')
        return 300;
    const match = DURATION.exec(value);
    const seconds = match === null ? NaN : Number(match[1]) * UNIT_SECONDS[(match[2] ?? 's')];
    if (!(seconds >= 1 && seconds <= MAX_INTERVAL_SECONDS)) {
        throw new errors/* InputError */.dz('traffic-interval', `'${value}' is not a duration from 1s to 6h, such as 30s, 5m or 1h`);
    }
    return seconds;
}
/** CloudWatch's rule for alarm names: 1 to 255 characters, no control characters. */
function parseAlarms(value) {
    const names = value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    for (const name of names) {
        if (name.length > 255 || /\p{Cc}/u.test(name)) {
            throw new errors/* InputError */.dz('alarms', `'${name}' is not a CloudWatch alarm name (1 to 255 characters)`);
        }
    }
    return [...new Set(names)];
}
function parseRollout(read, alias) {
    const steps = parseTrafficSteps(read('traffic'));
    const intervalGiven = read('traffic-interval') !== '';
    const alarms = parseAlarms(read('alarms'));
    const first = steps[0] ?? 100;
    if (alias === undefined && (first < 100 || steps.length > 1)) {
        throw new errors/* InputError */.dz('traffic', `'${read('traffic')}' needs an alias: set alias to split its traffic`);
    }
    if (steps.length === 1 && intervalGiven) {
        throw new errors/* InputError */.dz('traffic-interval', 'applies only to traffic in steps, such as 10,50,100');
    }
    if (alarms.length > 0 && alias === undefined) {
        throw new errors/* InputError */.dz('alarms', 'need an alias to roll back: set alias');
    }
    return { steps, intervalSeconds: parseInterval(read('traffic-interval')), alarms };
}
/** rollback-to: 'previous' or a version number. */
function parseRollbackTarget(value) {
    if (value === 'previous' || /^[1-9]\d{0,9}$/.test(value))
        return value;
    throw new errors/* InputError */.dz('rollback-to', `'${value}' is not 'previous' or a version number${value === '$LATEST' ? ' ($LATEST cannot be rolled back to: it is not a published version)' : ''}`);
}
/** keep-versions: how many of the newest published versions to keep; undefined keeps all. */
function parseKeepVersions(read) {
    const value = read('keep-versions');
    if (value === '')
        return undefined;
    return (0,values/* parseInteger */.cG)('keep-versions', value, {
        min: 1,
        max: 10_000,
        fallback: 1,
        unit: 'versions',
    });
}

;// CONCATENATED MODULE: ./src/inputs/release.ts
// Versions, aliases, traffic, function URLs and the pull request comment.




/** The alias rule of Lambda: letters, digits, '-' and '_', not all digits, 1 to 128. */
const ALIAS = /^(?![0-9]+$)[a-zA-Z0-9_-]{1,128}$/;
const DESCRIPTION_LIMIT = 256;
function parseRelease(read, env) {
    const alias = parseAlias(read('alias'));
    const rollout = parseRollout(read, alias);
    const smokeTest = parseSmokeTest(read, env['GITHUB_WORKSPACE'] ?? process.cwd());
    const keepVersions = parseKeepVersions(read);
    const description = read('version-description') || defaultVersionDescription(env);
    if (description.length > DESCRIPTION_LIMIT) {
        throw new errors/* InputError */.dz('version-description', `is over Lambda's ${DESCRIPTION_LIMIT} characters`);
    }
    const publish = (0,values/* parseBoolean */.yG)('publish', read('publish'), false) || alias !== undefined;
    if (smokeTest !== undefined && !publish) {
        throw new errors/* InputError */.dz('smoke-test', 'needs a version to invoke: set alias or publish: true');
    }
    if (keepVersions !== undefined && !publish) {
        throw new errors/* InputError */.dz('keep-versions', 'prunes after a release: set alias or publish: true');
    }
    const smokeTestAfter = (0,values/* parseBoolean */.yG)('smoke-test-after', read('smoke-test-after'), false);
    if (smokeTestAfter && alias === undefined) {
        throw new errors/* InputError */.dz('smoke-test-after', 'invokes the alias once it is at 100 %: set alias');
    }
    if (smokeTestAfter && smokeTest === undefined) {
        throw new errors/* InputError */.dz('smoke-test-after', 'needs smoke-test: the payload to invoke with');
    }
    const codedeploy = parseCodeDeploy(read, alias, rollout);
    return {
        publish,
        alias,
        codedeploy,
        traffic: rollout.steps[0] ?? 100,
        rollout,
        smokeTest,
        keepVersions,
        runLabel: runLabel(env),
        runId: runId(env),
        smokeTestAfter,
        onInterrupted: (0,values/* parseChoice */.HU)('on-interrupted', read('on-interrupted'), ['revert', 'resume', 'fail'], 'revert'),
        functionUrl: (0,values/* parseChoice */.HU)('function-url', read('function-url'), ['none', 'public', 'iam'], 'none'),
        versionDescription: description,
        triggerCheck: (0,values/* parseChoice */.HU)('trigger-check', read('trigger-check'), ['warn', 'fail'], 'warn'),
    };
}
function parseAlias(value) {
    if (value === '')
        return undefined;
    if (!ALIAS.test(value)) {
        throw new errors/* InputError */.dz('alias', `'${value}' is not an alias name: letters, digits, '-' and '_', not all digits, at most 128`);
    }
    return value;
}
function parsePullRequestComment(read, env) {
    if (!(0,values/* parseBoolean */.yG)('comment-on-pr', read('comment-on-pr'), false))
        return undefined;
    const token = read('github-token') || (env['GITHUB_TOKEN'] ?? '');
    if (token === '') {
        throw new errors/* InputError */.dz('github-token', 'is required with comment-on-pr: true (${{ github.token }})');
    }
    return { token };
}
/** "a1b2c3d refs/heads/main, run 123456 attempt 1": which commit and run made the version. */
function defaultVersionDescription(env) {
    const sha = (env['GITHUB_SHA'] ?? '').slice(0, 7);
    const ref = env['GITHUB_REF'] ?? '';
    const run = env['GITHUB_RUN_ID'];
    const attempt = env['GITHUB_RUN_ATTEMPT'];
    const parts = [
        sha,
        ref,
        run === undefined ? '' : `run ${run}${attempt ? ` attempt ${attempt}` : ''}`,
    ];
    const text = parts.filter((part) => part !== '').join(' ');
    return (text === '' ? 'Deployed by lambda-deploy' : text).slice(0, DESCRIPTION_LIMIT);
}
/** "1a2b3c4 run 42": the commit and run, as the runner's variables give them. */
function runLabel(env) {
    const sha = (env['GITHUB_SHA'] ?? '').slice(0, 7);
    const run = env['GITHUB_RUN_ID'];
    return [sha, run === undefined ? '' : `run ${run}`].filter((part) => part !== '').join(' ');
}
/** "42.1": the run and its attempt, which tell this run's marks on an alias from another's. */
function runId(env) {
    const run = env['GITHUB_RUN_ID'];
    return run === undefined || run === '' ? 'local' : `${run}.${env['GITHUB_RUN_ATTEMPT'] || '1'}`;
}

;// CONCATENATED MODULE: ./src/inputs/s3.ts
// Where a package too large for the request goes: the S3 inputs.


const DEFAULT_S3_KEY_PREFIX = 'lambda-deploy/';
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const ACCOUNT = /^\d{12}$/;
/** S3 refuses bucket names formatted as an IP address. */
const IP_ADDRESS = /^\d+\.\d+\.\d+\.\d+$/;
function parseS3Options(read) {
    const bucket = (0,values/* nonEmpty */.hq)(read('s3-bucket'));
    if (bucket !== undefined &&
        (!BUCKET.test(bucket) || bucket.includes('..') || IP_ADDRESS.test(bucket))) {
        throw new errors/* InputError */.dz('s3-bucket', `'${bucket}' is not a bucket name (3 to 63 lower-case letters, digits, '.' and '-')`);
    }
    const upload = (0,values/* parseChoice */.HU)('s3-upload', read('s3-upload'), ['auto', 'always', 'never'], 'auto');
    if (upload === 'always' && bucket === undefined) {
        throw new errors/* InputError */.dz('s3-bucket', "is required when s3-upload is 'always'");
    }
    const keyPrefix = read('s3-key-prefix') === '' ? DEFAULT_S3_KEY_PREFIX : read('s3-key-prefix');
    if (keyPrefix.startsWith('/') || keyPrefix.length > 512) {
        throw new errors/* InputError */.dz('s3-key-prefix', `'${keyPrefix}' must not start with '/' and may be 512 characters at most`);
    }
    const bucketOwner = (0,values/* nonEmpty */.hq)(read('s3-bucket-owner'));
    if (bucketOwner !== undefined && !ACCOUNT.test(bucketOwner)) {
        throw new errors/* InputError */.dz('s3-bucket-owner', `'${bucketOwner}' is not a 12-digit AWS account ID`);
    }
    return { bucket, keyPrefix, upload, bucketOwner };
}

// EXTERNAL MODULE: ./src/inputs/config-file.ts + 3 modules
var config_file = __nccwpck_require__(195);
;// CONCATENATED MODULE: ./src/inputs/settings/url-async-runtime.ts
// code-storage, function-url-invoke-mode, function-url-cors, async-invoke-config,
// recursive-loop, runtime-update and runtime-version-arn: parsed and checked before any AWS call.
// The JSON ones take the API's own shapes (Cors, FunctionEventInvokeConfig).



const CORS_LISTS = ['AllowHeaders', 'AllowMethods', 'AllowOrigins', 'ExposeHeaders'];
/** Lambda's limits on each Cors list: items, and characters an item. */
const CORS_ITEM_CHARS = {
    AllowHeaders: 1024,
    AllowMethods: 6,
    AllowOrigins: 253,
    ExposeHeaders: 1024,
};
const CORS_MAX_ITEMS = 100;
const MAX_AGE_SECONDS = 86_400;
const RUNTIME_VERSION_ARN = /^arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1}::runtime:.+$/;
/** What Lambda sends asynchronous results to: SQS, SNS, Lambda, EventBridge, or S3 (failures). */
const DESTINATION = /^arn:aws[a-zA-Z-]*:(sqs|sns|lambda|events|s3):/;
function parseUrlAsyncRuntime(read, other) {
    const codeStorage = (0,values/* parseChoice */.HU)('code-storage', read('code-storage'), ['copy', 'reference'], 'copy');
    if (codeStorage === 'reference')
        checkReference(read, other);
    const urlInvokeMode = (0,values/* optionalChoice */.AU)('function-url-invoke-mode', read('function-url-invoke-mode'), ['BUFFERED', 'RESPONSE_STREAM']);
    const corsText = read('function-url-cors').trim();
    const urlCors = corsText === '' ? undefined : parseCors(corsText);
    for (const [input, given] of [
        ['function-url-invoke-mode', urlInvokeMode !== undefined],
        ['function-url-cors', urlCors !== undefined],
    ]) {
        if (given && !other.functionUrl) {
            throw new errors/* InputError */.dz(input, 'applies to a function URL: set function-url to public or iam');
        }
    }
    const asyncText = read('async-invoke-config').trim();
    const recursive = (0,values/* optionalChoice */.AU)('recursive-loop', read('recursive-loop'), [
        'terminate',
        'allow',
    ]);
    return {
        codeStorage,
        urlInvokeMode,
        urlCors,
        asyncInvoke: asyncText === '' ? undefined : parseAsyncInvoke(asyncText),
        recursiveLoop: recursive === undefined ? undefined : recursive === 'allow' ? 'Allow' : 'Terminate',
        runtimeManagement: parseRuntimeManagement(read),
    };
}
function checkReference(read, other) {
    if (other.image) {
        throw new errors/* InputError */.dz('code-storage', "'reference' applies to a zip package: an image is pulled from ECR, never stored by Lambda");
    }
    if (read('s3-bucket').trim() === '') {
        throw new errors/* InputError */.dz('code-storage', "'reference' needs s3-bucket: the function points at the package's object there");
    }
    if (read('s3-upload') === 'never') {
        throw new errors/* InputError */.dz('code-storage', "'reference' needs the package in S3, but s3-upload is 'never'");
    }
}
function url_async_runtime_jsonObject(input, text) {
    let value;
    try {
        value = (0,json_text/* parseJsonText */.lk)(text);
    }
    catch (error) {
        if (error instanceof json_text/* JsonSyntaxError */.q3)
            throw new errors/* InputError */.dz(input, error.message);
        throw error;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* InputError */.dz(input, 'must be a JSON object');
    }
    return value;
}
function onlyKeys(input, value, known) {
    for (const key of Object.keys(value)) {
        if (!known.includes(key)) {
            throw new errors/* InputError */.dz(input, `has no key '${key}'; its keys are ${known.join(', ')}`);
        }
    }
}
function wholeNumber(input, key, value, min, max) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw new errors/* InputError */.dz(input, `${key} must be a whole number from ${min} to ${max}`);
    }
    return value;
}
function parseCors(text) {
    const input = 'function-url-cors';
    const value = url_async_runtime_jsonObject(input, text);
    onlyKeys(input, value, ['AllowCredentials', ...CORS_LISTS, 'MaxAge']);
    const cors = {};
    for (const key of CORS_LISTS) {
        const list = value[key];
        if (list === undefined)
            continue;
        const chars = CORS_ITEM_CHARS[key];
        if (!Array.isArray(list) ||
            list.length > CORS_MAX_ITEMS ||
            !list.every((item) => typeof item === 'string' && item !== '' && item.length <= chars)) {
            throw new errors/* InputError */.dz(input, `${key} must be a list of at most ${CORS_MAX_ITEMS} texts of 1 to ${chars} characters`);
        }
        cors[key] = list;
    }
    if (value['AllowCredentials'] !== undefined) {
        if (typeof value['AllowCredentials'] !== 'boolean') {
            throw new errors/* InputError */.dz(input, 'AllowCredentials must be true or false');
        }
        cors['AllowCredentials'] = value['AllowCredentials'];
    }
    const maxAge = wholeNumber(input, 'MaxAge', value['MaxAge'], 0, MAX_AGE_SECONDS);
    if (maxAge !== undefined)
        cors['MaxAge'] = maxAge;
    return cors;
}
function parseAsyncInvoke(text) {
    const input = 'async-invoke-config';
    const value = url_async_runtime_jsonObject(input, text);
    onlyKeys(input, value, ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds', 'DestinationConfig']);
    const retries = wholeNumber(input, 'MaximumRetryAttempts', value['MaximumRetryAttempts'], 0, 2);
    const age = wholeNumber(input, 'MaximumEventAgeInSeconds', value['MaximumEventAgeInSeconds'], 60, 21_600);
    const destinations = value['DestinationConfig'];
    let destinationConfig;
    if (destinations !== undefined) {
        if (typeof destinations !== 'object' || destinations === null || Array.isArray(destinations)) {
            throw new errors/* InputError */.dz(input, 'DestinationConfig must be an object with OnSuccess, OnFailure');
        }
        const given = destinations;
        onlyKeys(input, given, ['OnSuccess', 'OnFailure']);
        const config = {};
        for (const key of ['OnSuccess', 'OnFailure']) {
            const destination = given[key];
            if (destination === undefined)
                continue;
            const arn = typeof destination === 'object' && destination !== null
                ? destination['Destination']
                : undefined;
            if (typeof arn !== 'string' || !DESTINATION.test(arn)) {
                throw new errors/* InputError */.dz(input, `DestinationConfig.${key} must be {"Destination": "<arn>"} with the ARN of an SQS queue, SNS topic, Lambda function or EventBridge bus`);
            }
            if (arn.split(':')[2] === 's3' && key === 'OnSuccess') {
                throw new errors/* InputError */.dz(input, 'an S3 bucket can only be the OnFailure destination');
            }
            config[key] = { Destination: arn };
        }
        destinationConfig = config;
    }
    return {
        ...(retries === undefined ? {} : { MaximumRetryAttempts: retries }),
        ...(age === undefined ? {} : { MaximumEventAgeInSeconds: age }),
        ...(destinationConfig === undefined ? {} : { DestinationConfig: destinationConfig }),
    };
}
function parseRuntimeManagement(read) {
    const mode = (0,values/* optionalChoice */.AU)('runtime-update', read('runtime-update'), [
        'auto',
        'function-update',
        'manual',
    ]);
    const arn = read('runtime-version-arn').trim();
    if (arn !== '' && mode !== 'manual') {
        throw new errors/* InputError */.dz('runtime-version-arn', 'applies only with runtime-update: manual (Lambda pins a runtime version only in Manual mode)');
    }
    if (mode === undefined)
        return undefined;
    if (mode !== 'manual') {
        return {
            updateRuntimeOn: mode === 'auto' ? 'Auto' : 'FunctionUpdate',
            runtimeVersionArn: undefined,
        };
    }
    if (arn === '') {
        throw new errors/* InputError */.dz('runtime-update', "'manual' needs runtime-version-arn: the runtime version to pin");
    }
    if (!RUNTIME_VERSION_ARN.test(arn) || arn.length > 2048) {
        throw new errors/* InputError */.dz('runtime-version-arn', `'${arn}' is not a runtime version ARN (arn:aws:lambda:<region>::runtime:<id>)`);
    }
    return { updateRuntimeOn: 'Manual', runtimeVersionArn: arn };
}

;// CONCATENATED MODULE: ./src/inputs.ts
// Every input, parsed and checked in one place, before any AWS call.






















/** True when the step rolls an alias back (rollback-to) rather than deploys. */
function isRollback(read) {
    return read('rollback-to') !== '';
}
function parseRollbackInputs(read, env) {
    const { functionName, arnRegion } = (0,function_target/* parseFunctionName */.RJ)(read('function-name'));
    const target = parseRollbackTarget(read('rollback-to'));
    const alias = parseAlias(read('alias'));
    if (alias === undefined) {
        throw new errors/* InputError */.dz('alias', 'is required with rollback-to (the alias to move back)');
    }
    if (isCleanup(read)) {
        throw new errors/* InputError */.dz('rollback-to', 'and delete-alias: true cannot be used together');
    }
    return {
        functionName,
        region: (0,function_target/* parseRegion */.cf)(read('region'), arnRegion, env),
        alias,
        target,
        runLabel: runLabel(env),
        requestTimeoutSeconds: parseRequestTimeout(read),
        dryRun: (0,values/* parseBoolean */.yG)('dry-run', read('dry-run'), false),
    };
}
/** True when the step removes a preview (delete-alias) rather than deploys. */
function isCleanup(read) {
    return (0,values/* parseBoolean */.yG)('delete-alias', read('delete-alias'), false);
}
function parseCleanupInputs(read, env) {
    const { functionName, arnRegion } = (0,function_target/* parseFunctionName */.RJ)(read('function-name'));
    const alias = parseAlias(read('alias'));
    if (alias === undefined) {
        throw new errors/* InputError */.dz('alias', 'is required with delete-alias: true (the alias to remove)');
    }
    return {
        functionName,
        region: (0,function_target/* parseRegion */.cf)(read('region'), arnRegion, env),
        alias,
        prComment: parsePullRequestComment(read, env),
        githubDeployment: parseGitHubDeployment(read, env, alias),
        requestTimeoutSeconds: parseRequestTimeout(read),
    };
}
const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;
/** GitHub ends a job after 6 hours, so longer waits can never finish. */
const MAX_WAIT_TIMEOUT_SECONDS = 21_600;
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
function parseRequestTimeout(read) {
    return (0,values/* parseInteger */.cG)('request-timeout', read('request-timeout'), {
        min: 1,
        max: 3_600,
        fallback: DEFAULT_REQUEST_TIMEOUT_SECONDS,
        unit: 'seconds',
    });
}
function parseInputs(read, env) {
    const { functionName, arnRegion } = (0,function_target/* parseFunctionName */.RJ)(read('function-name'));
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    const code = parseCodeSource(read, workspace);
    const release = parseRelease(read, env);
    const prComment = parsePullRequestComment(read, env);
    const githubDeployment = parseGitHubDeployment(read, env, release.alias);
    // config-file lies under the setting inputs; its values pass the same checks, named by key.
    const fromFile = (0,config_file/* withConfigFile */.Ro)(read, workspace);
    const settings = fromFile.explain(() => parseSettings(fromFile.read));
    const layer = parseLayer(read, workspace, parseSymlinks(read));
    // Before the S3 inputs, which would otherwise ask for a bucket an image never uses.
    fromFile.explain(() => {
        checkImageInputs(read, settings, layer, code.kind === 'image');
    });
    const s3 = parseS3Options(read);
    fromFile.explain(() => {
        checkLayerCount(settings, layer);
    });
    const createIfMissing = (0,values/* parseBoolean */.yG)('create-if-missing', read('create-if-missing'), false);
    checkProvisionedConcurrency(settings, release);
    if (createIfMissing)
        checkCreatable(settings, code.kind === 'image' ? 'Image' : 'Zip');
    if (prComment !== undefined && release.alias === undefined) {
        throw new errors/* InputError */.dz('alias', 'is required with comment-on-pr: true (the preview to comment on)');
    }
    return {
        functionName,
        region: (0,function_target/* parseRegion */.cf)(read('region'), arnRegion, env),
        code,
        s3,
        skipUnchanged: (0,values/* parseBoolean */.yG)('skip-unchanged', read('skip-unchanged'), true),
        waitTimeoutSeconds: (0,values/* parseInteger */.cG)('wait-timeout', read('wait-timeout'), {
            min: 1,
            max: MAX_WAIT_TIMEOUT_SECONDS,
            fallback: DEFAULT_WAIT_TIMEOUT_SECONDS,
            unit: 'seconds',
        }),
        requestTimeoutSeconds: parseRequestTimeout(read),
        release,
        prComment,
        githubDeployment,
        settings,
        extras: parseUrlAsyncRuntime(read, {
            image: code.kind === 'image',
            functionUrl: release.functionUrl !== 'none',
        }),
        layer,
        createIfMissing,
        dryRun: (0,values/* parseBoolean */.yG)('dry-run', read('dry-run'), false),
        settingSources: fromFile.sources,
        notices: fromFile.notice === undefined ? [] : [fromFile.notice],
    };
}
/**
 * An image brings its own runtime and handler, cannot have layers and never goes through S3;
 * the image's command, entry point and working directory apply to an image only.
 */
function checkImageInputs(read, settings, layer, image) {
    if (!image) {
        const imageOnly = [
            ['image-command', settings.imageConfig?.command !== undefined],
            ['image-entrypoint', settings.imageConfig?.entryPoint !== undefined],
            ['image-working-directory', settings.imageConfig?.workingDirectory !== undefined],
        ];
        for (const [input, given] of imageOnly) {
            if (given) {
                throw new errors/* InputError */.dz(input, "applies only with image-uri: it overrides the container image's settings, and a zip has none");
            }
        }
        return;
    }
    const zipOnly = [
        ['runtime', settings.runtime !== undefined, 'the image brings its own runtime'],
        ['handler', settings.handler !== undefined, 'the image sets its own entry point'],
        ['layers', settings.layers !== undefined, 'Lambda does not attach layers to image functions'],
        ['layer-name', layer !== undefined, 'Lambda does not attach layers to image functions'],
        ['s3-bucket', read('s3-bucket') !== '', 'an image is not uploaded; Lambda pulls it from ECR'],
        [
            's3-upload',
            read('s3-upload') === 'always',
            'an image is not uploaded; Lambda pulls it from ECR',
        ],
    ];
    for (const [input, given, why] of zipOnly) {
        if (given)
            throw new errors/* InputError */.dz(input, `does not apply with image-uri: ${why}`);
    }
}
/** With an explicit layers list, the published layer must still fit in Lambda's five. */
function checkLayerCount(settings, layer) {
    if (layer === undefined || settings.layers === undefined)
        return;
    const others = otherLayers(settings.layers, layer.name);
    if (others.length >= MAX_LAYERS) {
        throw new errors/* InputError */.dz('layers', `lists ${others.length} other layers, and layer-name adds one more; a function takes at most ${MAX_LAYERS}`);
    }
}
/**
 * Provisioned concurrency is set on the version an alias routes to; Lambda refuses it on an
 * alias with weights, so a canary or traffic in steps cannot have it.
 */
function checkProvisionedConcurrency(settings, release) {
    if (settings.provisionedConcurrency === undefined)
        return;
    if (release.alias === undefined) {
        throw new errors/* InputError */.dz('provisioned-concurrency', 'is set on the version an alias routes to: set alias too');
    }
    if (release.traffic < 100 || release.rollout.steps.length > 1) {
        throw new errors/* InputError */.dz('provisioned-concurrency', `cannot go with traffic '${release.rollout.steps.join(',')}': Lambda refuses provisioned ` +
            'concurrency on an alias that routes to two versions; deploy with traffic 100 (the default)');
    }
}


/***/ }),

/***/ 9490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ routingSentence),
/* harmony export */   V6: () => (/* binding */ configForSteps),
/* harmony export */   aY: () => (/* binding */ shiftSeconds)
/* harmony export */ });
/* unused harmony export CUSTOM_PREFIX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// Which CodeDeploy deployment config a rollout's traffic steps are: CodeDeploy's Lambda
// configs shift all at once, as a canary (one share, then the rest after N minutes) or
// linearly (the same share every N minutes). Steps of any other shape map onto none.

/** CodeDeploy's predefined Lambda configs. */
const CANARY_MINUTES = [5, 10, 15, 30];
const LINEAR_MINUTES = [1, 2, 3, 10];
/** The prefix of the configs the action creates. */
const CUSTOM_PREFIX = 'lambda-deploy-';
/**
 * The config `steps` (percent, rising, ending at 100) held `intervalSeconds` each map onto;
 * refuses, naming the input, steps CodeDeploy cannot shift.
 */
function configForSteps(steps, intervalSeconds, traffic) {
    const first = steps[0] ?? 100;
    if (steps.length === 1 && first === 100) {
        return {
            name: 'CodeDeployDefault.LambdaAllAtOnce',
            routing: { type: 'AllAtOnce' },
            predefined: true,
        };
    }
    if (steps.at(-1) !== 100) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('traffic', `'${traffic}' does not end at 100: a CodeDeploy deployment always ends with all the traffic on the new version (such as 10,100)`);
    }
    if (intervalSeconds % 60 !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('traffic-interval', `'${formatInterval(intervalSeconds)}' is not whole minutes: CodeDeploy's canary and linear configs shift every N minutes`);
    }
    const minutes = intervalSeconds / 60;
    if (steps.length === 2) {
        const predefined = first === 10 && CANARY_MINUTES.includes(minutes);
        return {
            name: predefined
                ? `CodeDeployDefault.LambdaCanary10Percent${minutes}Minutes`
                : `${CUSTOM_PREFIX}Canary${first}Percent${minutes}Minutes`,
            routing: { type: 'TimeBasedCanary', percentage: first, intervalMinutes: minutes },
            predefined,
        };
    }
    if (isLinear(steps)) {
        const predefined = first === 10 && LINEAR_MINUTES.includes(minutes);
        return {
            name: predefined
                ? `CodeDeployDefault.LambdaLinear10PercentEvery${minutes}Minute${minutes === 1 ? '' : 's'}`
                : `${CUSTOM_PREFIX}Linear${first}PercentEvery${minutes}Minutes`,
            routing: { type: 'TimeBasedLinear', percentage: first, intervalMinutes: minutes },
            predefined,
        };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('traffic', `'${traffic}' maps onto no CodeDeploy config: a canary is one share then 100 (such as 10,100), ` +
        'a linear shift rises by the same share each time (such as 25,50,75,100); or name a config with codedeploy-config');
}
/** 20,40,60,80,100 and 30,60,90,100: each step one more share, the last capped at 100. */
function isLinear(steps) {
    const share = steps[0] ?? 100;
    if (steps.length !== Math.ceil(100 / share))
        return false;
    return steps.every((step, at) => step === Math.min(100, share * (at + 1)));
}
/** How long the whole shift of `routing` takes, in seconds. */
function shiftSeconds(routing) {
    if (routing.type === 'AllAtOnce')
        return 0;
    const waits = routing.type === 'TimeBasedCanary' ? 1 : Math.ceil(100 / routing.percentage) - 1;
    return waits * routing.intervalMinutes * 60;
}
/** "10 % then the rest after 5 min", for the plan. */
function routingSentence(routing) {
    switch (routing.type) {
        case 'AllAtOnce':
            return 'all at once';
        case 'TimeBasedCanary':
            return `canary: ${routing.percentage} %, the rest after ${routing.intervalMinutes} min`;
        case 'TimeBasedLinear':
            return `linear: ${routing.percentage} % more every ${routing.intervalMinutes} min`;
    }
}
function formatInterval(seconds) {
    return `${seconds}s`;
}


/***/ }),

/***/ 195:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bp: () => (/* reexport */ describeValue),
  RG: () => (/* binding */ readConfigFile),
  Ro: () => (/* binding */ withConfigFile)
});

// UNUSED EXPORTS: SETTING_INPUTS, mapConfigFile

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/inputs/nearest-key.ts
// The known key closest to a misspelt one, to name in "did you mean ...".
/** The key of `known` nearest to `name` (case aside), when it is near enough to be a slip. */
function nearestKey(name, known) {
    const wanted = name.toLowerCase();
    // A key cut short ('Memory' for MemorySize) is a slip too.
    const longer = known.filter((key) => wanted.length >= 4 && key.toLowerCase().startsWith(wanted) && key !== name);
    if (longer.length === 1)
        return longer[0];
    let best;
    for (const key of known) {
        const distance = editDistance(wanted, key.toLowerCase());
        if (best === undefined || distance < best.distance)
            best = { key, distance };
    }
    if (best === undefined)
        return undefined;
    // A slip changes a few letters; a wholly other word is no suggestion.
    const allowed = Math.max(2, Math.floor(Math.max(name.length, best.key.length) / 3));
    return best.distance <= allowed ? best.key : undefined;
}
/** Levenshtein distance, with one row kept. */
function editDistance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
        }
        row = next;
    }
    return row[b.length] ?? 0;
}

// EXTERNAL MODULE: ./src/inputs/settings/environment-and-tags.ts
var environment_and_tags = __nccwpck_require__(2546);
;// CONCATENATED MODULE: ./src/inputs/config-file-rules.ts
// How config-file's values are read: each rule turns the value at a key into the text of the
// input it sets (in that input's own syntax), or reads an object of keys whole (VpcConfig).



const INPUT = 'config-file';
function fail(file, key, detail) {
    return new errors/* InputError */.dz(INPUT, `${file}: ${key}: ${detail}`);
}
/** A string, or a number or boolean written where the API has a string: as the input would read. */
const config_file_rules_text = (value, key, file) => {
    if (typeof value === 'string')
        return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw fail(file, key, `is ${describeValue(value)}, not a single value`);
};
/** An object in the API's shape, as the JSON text its input takes. */
const jsonObjectText = (value, key, file) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw fail(file, key, `is ${describeValue(value)}, not an object`);
    }
    return JSON.stringify(value);
};
/** TenancyConfig.TenantIsolationMode: PER_TENANT is tenant-isolation's per-tenant. */
const tenantIsolation = (value, key, file) => {
    const mode = config_file_rules_text(value, key, file);
    return mode === 'PER_TENANT' ? 'per-tenant' : mode;
};
/** A list of strings, one a line, as list inputs take them. */
const lines = (value, key, file) => {
    if (!Array.isArray(value))
        throw fail(file, key, `is ${describeValue(value)}, not a list`);
    return value
        .map((item, index) => {
        if (typeof item !== 'string') {
            throw fail(file, `${key}[${index}]`, `is ${describeValue(item)}, not a string`);
        }
        if (/[\r\n]/.test(item))
            throw fail(file, `${key}[${index}]`, 'holds a line break');
        return item.trim();
    })
        .join('\n');
};
const bool = (value, key, file) => {
    if (typeof value === 'boolean')
        return String(value);
    if (value === 'true' || value === 'false')
        return value;
    throw fail(file, key, `is ${describeValue(value)}, not true or false`);
};
/** Environment.Variables: the environment input takes a JSON object and checks it. */
const variables = (value, key, file) => JSON.stringify(objectAt(value, key, file));
/** An object in the API's shape, for an input that takes it as JSON and checks its keys. */
const jsonObject = variables;
const setting = (input, encode = config_file_rules_text) => ({ input, encode });
/** A key the rule of the object around it reads. */
const READ_BY_RULE = { map: () => undefined };
/** Architectures: Lambda takes one. */
const oneArchitecture = (value, key, file) => {
    if (!Array.isArray(value) || value.length !== 1) {
        throw fail(file, key, 'must be a list of one architecture, x86_64 or arm64');
    }
    return config_file_rules_text(value[0], `${key}[0]`, file);
};
/** An ARN, or '' (the setting removed): none, as the input says it. */
const arnOrNone = (value, key, file) => {
    const arn = config_file_rules_text(value, key, file);
    return arn === '' ? 'none' : arn;
};
/** Strings, or objects with Arn as get-function-configuration prints them. */
const config_file_rules_layers = {
    map: (value, key, into) => {
        if (!Array.isArray(value))
            throw fail(into.file, key, `is ${describeValue(value)}, not a list`);
        // get-function-configuration prints Layers: [] for a function without layers: detach all.
        if (value.length === 0) {
            into.set('layers', key, 'none');
            return;
        }
        const arns = value.map((layer, index) => {
            const at = `${key}[${index}]`;
            if (typeof layer === 'string')
                return layer.trim();
            const object = objectAt(layer, at, into.file);
            walk(object, at, LAYER_SHAPE, into);
            return config_file_rules_text(object['Arn'], `${at}.Arn`, into.file) ?? '';
        });
        into.set('layers', key, arns.join('\n'));
    },
};
const LAYER_SHAPE = {
    Arn: READ_BY_RULE,
    CodeSize: 'read-only',
    SigningProfileVersionArn: 'read-only',
    SigningJobArn: 'read-only',
};
/** FileSystemConfigs: one ARN=path line each, as the file-systems input takes them. */
const fileSystems = {
    map: (value, key, into) => {
        if (!Array.isArray(value))
            throw fail(into.file, key, `is ${describeValue(value)}, not a list`);
        const mounts = value.map((mount, index) => {
            const at = `${key}[${index}]`;
            const object = objectAt(mount, at, into.file);
            walk(object, at, FILE_SYSTEM_SHAPE, into);
            const arn = config_file_rules_text(object['Arn'], `${at}.Arn`, into.file) ?? '';
            const mountPath = config_file_rules_text(object['LocalMountPath'], `${at}.LocalMountPath`, into.file) ?? '';
            const s3Files = object['S3FilesConfig'];
            if (s3Files !== undefined && s3Files !== null) {
                const s3At = `${at}.S3FilesConfig`;
                const settings = objectAt(s3Files, s3At, into.file);
                walk(settings, s3At, S3_FILES_SHAPE, into);
                const direct = settings['DirectS3Read'];
                if (direct !== undefined && direct !== null) {
                    const directAt = `${s3At}.DirectS3Read`;
                    into.set('file-system-direct-s3-read', directAt, config_file_rules_text(direct, directAt, into.file));
                }
            }
            return `${arn}=${mountPath}`;
        });
        into.set('file-systems', key, mounts.length === 0 ? 'none' : mounts.join('\n'));
    },
};
const FILE_SYSTEM_SHAPE = {
    Arn: READ_BY_RULE,
    LocalMountPath: READ_BY_RULE,
    S3FilesConfig: READ_BY_RULE,
};
const S3_FILES_SHAPE = { DirectS3Read: READ_BY_RULE };
/**
 * Tags: KEY=VALUE lines, as the tags input takes them. get-function prints every tag, and those
 * no one may set (aws: ones, the action's own fingerprint records) are left out as read-only.
 */
const tags = {
    map: (value, key, into) => {
        const object = objectAt(value, key, into.file);
        const pairs = [];
        for (const [name, tagValue] of Object.entries(object)) {
            const at = `${key}.${name}`;
            if (name.toLowerCase().startsWith('aws:') || environment_and_tags/* ACTION_TAGS */.LX.includes(name)) {
                into.ignored.push(at);
                continue;
            }
            if (name.includes('=') || /[\r\n]/.test(name)) {
                throw fail(into.file, at, "a tag key with '=' or a line break cannot be set");
            }
            const valueText = config_file_rules_text(tagValue, at, into.file) ?? '';
            if (/[\r\n]/.test(valueText))
                throw fail(into.file, at, 'holds a line break');
            pairs.push(`${name}=${valueText}`);
        }
        // An empty Tags object sets nothing (the tags input cannot say "no tags" either).
        if (pairs.length > 0)
            into.set('tags', key, pairs.join('\n'));
    },
};
/**
 * VpcConfig: subnets and security groups, one a line. A function outside any VPC reports empty
 * lists, which detach it (none and none), and then dual stack does not apply.
 */
const vpc = {
    map: (value, key, into) => {
        const object = objectAt(value, key, into.file);
        walk(object, key, VPC_SHAPE, into);
        const list = (name) => object[name] === undefined || object[name] === null
            ? undefined
            : lines(object[name], `${key}.${name}`, into.file);
        const subnets = list('SubnetIds');
        const groups = list('SecurityGroupIds');
        const detached = subnets === '' && groups === '';
        into.set('subnet-ids', `${key}.SubnetIds`, subnets === '' ? 'none' : subnets);
        into.set('security-group-ids', `${key}.SecurityGroupIds`, groups === '' ? 'none' : groups);
        const dualStack = object['Ipv6AllowedForDualStack'];
        if (!detached && dualStack !== undefined && dualStack !== null) {
            const at = `${key}.Ipv6AllowedForDualStack`;
            into.set('ipv6-dual-stack', at, bool(dualStack, at, into.file));
        }
    },
};
const VPC_SHAPE = {
    SubnetIds: READ_BY_RULE,
    SecurityGroupIds: READ_BY_RULE,
    Ipv6AllowedForDualStack: READ_BY_RULE,
    VpcId: 'read-only',
};
function walk(object, at, shape, into) {
    for (const [name, value] of Object.entries(object)) {
        const key = at === '' ? name : `${at}.${name}`;
        const rule = Object.hasOwn(shape, name) ? shape[name] : undefined;
        if (rule === undefined) {
            const near = nearestKey(name, Object.keys(shape));
            throw new errors/* InputError */.dz(INPUT, `${into.file}: unknown key '${key}': Lambda has no such setting` +
                (near === undefined ? '' : ` (did you mean '${at === '' ? near : `${at}.${near}`}'?)`));
        }
        // null (an empty YAML value) leaves the setting as it is, as an unset input does.
        if (value === null || value === undefined)
            continue;
        if (rule === 'read-only')
            into.ignored.push(key);
        else if ('object' in rule)
            walk(objectAt(value, key, into.file), key, rule.object, into);
        else if ('map' in rule)
            rule.map(value, key, into);
        else
            into.set(rule.input, key, rule.encode(value, key, into.file));
    }
}
function objectAt(value, key, file) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw fail(file, key, `is ${describeValue(value)}, not a mapping of keys`);
    }
    return value;
}
/** "missing", "empty", "a list", "a mapping", "a number": what a YAML value is, in words. */
function describeValue(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}

// EXTERNAL MODULE: ./src/inputs/schema.ts + 11 modules
var inputs_schema = __nccwpck_require__(3992);
;// CONCATENATED MODULE: ./src/inputs/config-file-shape.ts
// config-file's keys: the API's own shape (what get-function-configuration, or get-function,
// prints), each key to the input of that setting, in that input's own syntax. Which key sets
// which input is the schema's (its configFile); config-file-rules.ts says how a value is read.



const config_file_shape_INPUT = 'config-file';
/** Keys whose value one rule reads whole, setting the inputs under them (VpcConfig sets three). */
const RULES_OF_THEIR_OWN = {
    Layers: config_file_rules_layers,
    FileSystemConfigs: fileSystems,
    VpcConfig: vpc,
    Tags: tags,
};
/** How the file's value becomes the input's text, for the inputs that do not take it as text. */
const ENCODERS = {
    architectures: oneArchitecture,
    environment: variables,
    'dead-letter-target-arn': arnOrNone,
    'kms-key-arn': arnOrNone,
    'image-command': lines,
    'image-entrypoint': lines,
    'runtime-config': jsonObject,
    'durable-config': jsonObjectText,
    'capacity-provider-config': jsonObjectText,
    'tenant-isolation': tenantIsolation,
};
/**
 * What Lambda reports about the function, and settings the action does not manage. With the
 * schema's keys, every key of FunctionConfiguration (a unit test checks it against the SDK's shape).
 */
const READ_ONLY_KEYS = [
    'FunctionName',
    'FunctionArn',
    'CodeSize',
    'LastModified',
    'CodeSha256',
    'Version',
    'MasterArn',
    'RevisionId',
    'State',
    'StateReason',
    'StateReasonCode',
    'LastUpdateStatus',
    'LastUpdateStatusReason',
    'LastUpdateStatusReasonCode',
    'SigningProfileVersionArn',
    'SigningJobArn',
    'PackageType',
    'RuntimeVersionConfig',
    'ConfigSha256',
    'Environment.Error',
    'SnapStart.OptimizationStatus',
    'ImageConfigResponse.Error',
];
/** Keys of get-function's answer, beside Configuration, that the configuration does not hold. */
const GET_FUNCTION_KEYS = ['Concurrency'];
/** config-file's keys: each input of `schema` with a configFile key, under that key. */
function configFileShape(schema) {
    const configuration = { ...RULES_OF_THEIR_OWN };
    const answerKeys = {};
    for (const input of schema) {
        const path = input.where.configFile;
        const top = path?.split('.')[0];
        if (path === undefined || top === undefined || Object.hasOwn(RULES_OF_THEIR_OWN, top))
            continue;
        const encode = ((0,inputs_schema/* isInputName */.wp)(input.name) ? ENCODERS[input.name] : undefined) ?? config_file_rules_text;
        place(GET_FUNCTION_KEYS.includes(top) ? answerKeys : configuration, path, setting(input.name, encode));
    }
    for (const path of READ_ONLY_KEYS)
        place(configuration, path, 'read-only');
    // get-function-configuration prints the image's overrides under ImageConfigResponse.
    const imageConfig = configuration['ImageConfig'];
    if (imageConfig !== undefined) {
        place(configuration, 'ImageConfigResponse.ImageConfig', imageConfig);
    }
    const getFunction = {
        Configuration: {
            map: (value, key, into) => {
                walk(objectAt(value, key, into.file), key, configuration, into);
            },
        },
        ...answerKeys,
        Code: 'read-only',
        TagsError: 'read-only',
    };
    // get-function prints the tags beside the configuration.
    const tagsRule = configuration['Tags'];
    if (tagsRule !== undefined)
        getFunction['Tags'] = tagsRule;
    return { configuration, getFunction };
}
/** Puts `rule` at the dotted `path` of `shape`, making the objects on the way. */
function place(shape, path, rule) {
    const [key = '', ...rest] = path.split('.');
    const existing = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (rest.length === 0) {
        if (existing !== undefined)
            throw new Error(`config-file's key ${path} is declared twice`);
        shape[key] = rule;
        return;
    }
    if (existing !== undefined && (typeof existing !== 'object' || !('object' in existing))) {
        throw new Error(`config-file's key ${key} is read by a rule of its own: ${path} cannot be set`);
    }
    const object = existing?.object ?? {};
    shape[key] = { object };
    place(object, rest.join('.'), rule);
}
const CONFIG_FILE_SHAPE = configFileShape(inputs_schema/* INPUT_SCHEMA */.Zd);
/** Settings the plan reports the source of that the file cannot hold (get-function shows neither). */
const INPUT_ONLY_SETTINGS = [
    'code-signing-config-arn',
    'provisioned-concurrency',
];
/** The setting inputs whose source is reported: those the file can set, and a few it cannot. */
const SETTING_INPUTS = [
    ...INPUT_ONLY_SETTINGS,
    ...(0,inputs_schema/* inputsWhere */.tz)(inputs_schema/* INPUT_SCHEMA */.Zd, (input) => input.where.configFile !== undefined),
];
/**
 * The file's settings as inputs. Pure: `document` is the parsed file, `file` names it in
 * messages. An unknown key is refused, naming its path; read-only ones are listed in `ignored`.
 */
function mapConfigFile(document, file, shape = CONFIG_FILE_SHAPE) {
    if (document === null || typeof document !== 'object' || Array.isArray(document)) {
        throw new errors/* InputError */.dz(config_file_shape_INPUT, `${file}: must hold a mapping of settings, not ${describeValue(document)}`);
    }
    const root = document;
    const inputs = {};
    const keys = {};
    const collector = {
        file,
        inputs,
        keys,
        ignored: [],
        set: (input, key, value) => {
            if (value === undefined)
                return;
            if (Object.hasOwn(inputs, input)) {
                throw fail(file, key, `sets the same setting as ${keys[input] ?? '?'}`);
            }
            inputs[input] = value;
            keys[input] = key;
        },
    };
    // get-function's answer holds Configuration; get-function-configuration's is the configuration.
    const rootShape = Object.hasOwn(root, 'Configuration') ? shape.getFunction : shape.configuration;
    walk(root, '', rootShape, collector);
    leaveOutDefaultLogGroup(root, collector);
    return { inputs: collector.inputs, keys: collector.keys, ignored: collector.ignored };
}
/**
 * Lambda reports its default log group, /aws/lambda/<the function printed>, as LoggingConfig's
 * LogGroup: set on another function it would send that one's logs to the first's group.
 */
function leaveOutDefaultLogGroup(root, into) {
    const configuration = Object.hasOwn(root, 'Configuration') ? root['Configuration'] : root;
    const name = configuration['FunctionName'];
    const input = 'log-group';
    if (typeof name !== 'string' || into.inputs[input] !== `/aws/lambda/${name}`)
        return;
    into.ignored.push(into.keys[input] ?? input);
    delete into.inputs['log-group'];
    delete into.keys['log-group'];
}


// EXTERNAL MODULE: ./src/inputs/workspace-file.ts
var workspace_file = __nccwpck_require__(5247);
;// CONCATENATED MODULE: ./src/inputs/config-file.ts
// config-file: the function's settings in the API's own shape, so that what
// `aws lambda get-function-configuration` (or `get-function`) prints can be saved and used as it
// is. Each key the file sets becomes the value of the input of that setting, and goes through
// exactly the checks that input does; an input that is set wins over the file's key.




const config_file_INPUT = 'config-file';
/** More than any function's settings come to (4 KB of variables, 50 tags): a wrong file. */
const MAX_FILE_BYTES = 1_048_576;
/** Reads config-file (when set) and lays it under the inputs. */
function withConfigFile(read, workspace) {
    const given = read(config_file_INPUT);
    const file = given === ''
        ? { inputs: {}, keys: {}, ignored: [] }
        : mapConfigFile(readConfigFile(given, workspace), given);
    const sources = {};
    for (const input of SETTING_INPUTS) {
        if (read(input) !== '')
            sources[input] = 'input';
        else if (Object.hasOwn(file.inputs, input))
            sources[input] = 'config-file';
    }
    return {
        read: (name) => {
            const value = read(name);
            return value === '' && Object.hasOwn(file.inputs, name) ? (file.inputs[name] ?? '') : value;
        },
        sources,
        notice: file.ignored.length === 0
            ? undefined
            : `config-file ${given}: ignored ${file.ignored.length === 1 ? 'a key' : `${file.ignored.length} keys`} that Lambda reports but this action does not set: ${file.ignored.join(', ')}`,
        explain: (check) => {
            try {
                return check();
            }
            catch (error) {
                if (!(error instanceof errors/* InputError */.dz) || sources[error.input] !== 'config-file')
                    throw error;
                const detail = error.message.slice(`Input '${error.input}': `.length);
                throw new errors/* InputError */.dz(config_file_INPUT, `${given}: ${file.keys[error.input] ?? '?'}: ${detail}`);
            }
        },
    };
}
/**
 * The file's text, parsed: JSON for .json, YAML for .yml and .yaml, otherwise JSON and then
 * YAML. Only a regular file inside the workspace (after links are followed) is read.
 */
function readConfigFile(given, workspace) {
    const text = (0,workspace_file/* readWorkspaceFile */.s)({
        input: config_file_INPUT,
        path: given,
        workspace,
        maxBytes: MAX_FILE_BYTES,
        tooLarge: (bytes) => `is ${bytes} bytes; a function's settings come to far less than ${MAX_FILE_BYTES}`,
    });
    return (0,workspace_file/* parseJsonOrYaml */.U)(text, { input: config_file_INPUT, given });
}


/***/ }),

/***/ 8283:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ functionBaseName),
/* harmony export */   RJ: () => (/* binding */ parseFunctionName),
/* harmony export */   cf: () => (/* binding */ parseRegion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8463);
// The function to deploy to and its region.


/** A name; a partial ARN (account:function:name); or a whole ARN, with account and function:. */
const FUNCTION_NAME = /^(?:arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+):\d{12}:function:|(?:\d{12}:)?(?:function:)?)(?<name>[a-zA-Z0-9_-]+)(?<qualifier>:[^:]*)?$/;
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+$/;
/** The function's own name, from a name, partial ARN or ARN. */
function functionBaseName(functionName) {
    return functionName.slice(functionName.lastIndexOf(':') + 1);
}
function parseFunctionName(value) {
    const accepted = 'a function name (letters, digits, - and _; at most 64), a partial ARN or an ARN';
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('function-name', `is required: ${accepted}`);
    const match = FUNCTION_NAME.exec(value);
    const name = match?.groups?.['name'];
    if (!match || name === undefined || name.length > 64 || value.length > 140) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('function-name', `'${value}' is not ${accepted}`);
    }
    if (match.groups?.['qualifier'] !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('function-name', `'${value}' names a version or alias; give the function without a qualifier`);
    }
    return { functionName: value, arnRegion: match.groups?.['region'] };
}
function parseRegion(value, arnRegion, env) {
    if (value !== '' && !REGION.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('region', `'${value}' is not an AWS region name such as eu-west-1`);
    }
    if (value !== '' && arnRegion !== undefined && value !== arnRegion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('region', `'${value}' differs from the region in function-name's ARN (${arnRegion})`);
    }
    if (arnRegion !== undefined)
        return arnRegion;
    if (value !== '')
        return value;
    for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
        const fromEnv = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(env[variable]);
        if (fromEnv === undefined)
            continue;
        if (!REGION.test(fromEnv)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('region', `not set, and ${variable} is '${fromEnv}', not an AWS region name such as eu-west-1`);
        }
        return fromEnv;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('region', 'no region given: set this input, or AWS_REGION (configure-aws-credentials sets it)');
}


/***/ }),

/***/ 511:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _d: () => (/* binding */ findDuplicateKey),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
/* unused harmony export positionAt */
// JSON as a user wrote it. JSON.parse's messages quote the text (which may hold a secret not yet
// masked) and often give no position; and of two equal keys in one object it keeps the last
// without a word. A scanner over the text says where it stops being JSON, and finds a key an
// object holds twice. JSON.parse stays the judge of what the value is.
/** Text that is not JSON: the message says where, and what was wanted there; never what is. */
class JsonSyntaxError extends Error {
    at;
    name = 'JsonSyntaxError';
    constructor(at, problem) {
        const where = at === undefined ? '' : ` (at line ${at.line} column ${at.column})`;
        super(`is not valid JSON${where}${problem === undefined ? '' : `: ${problem}`}`);
        this.at = at;
    }
}
/** JSON.parse's value; a JsonSyntaxError that says only where, when the text is not JSON. */
function parseJsonText(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        const scan = new JsonScanner(text);
        if (scan.run())
            throw new JsonSyntaxError(undefined, undefined);
        throw new JsonSyntaxError(positionAt(text, scan.at), scan.problem);
    }
}
/** The first key an object of `text` (JSON that JSON.parse accepted) holds twice. */
function findDuplicateKey(text) {
    const scan = new JsonScanner(text);
    scan.run();
    return scan.duplicate;
}
/** Line and column (from 1, in UTF-16 units as JSON.parse counts) of `offset` in `text`. */
function positionAt(text, offset) {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
/** Walks the text by JSON's grammar, without recursion, so any depth is safe. */
class JsonScanner {
    text;
    /** Where the scan is, or, once it has failed, where the text stops being JSON. */
    at = 0;
    /** What the grammar wanted where the text stops being JSON. */
    problem;
    duplicate;
    line = 1;
    stack = [];
    constructor(text) {
        this.text = text;
    }
    /** True when the whole text is one JSON value. */
    run() {
        this.space();
        for (;;) {
            const read = this.value();
            if (read === 'error')
                return false;
            if (read === 'opened')
                continue;
            const next = this.afterValue();
            if (next === 'error')
                return false;
            if (next === 'end') {
                return this.at === this.text.length || this.fail('more text after the value');
            }
        }
    }
    /** Notes what was wanted where the scan stopped; false, for `return this.fail(...)`. */
    fail(problem) {
        this.problem = problem;
        return false;
    }
    /** A value, or the opening of an object or array up to where its first value starts. */
    value() {
        const char = this.text[this.at];
        if (char === '{' || char === '[')
            return this.open(char);
        if (char === '"')
            return this.string() === undefined ? 'error' : 'complete';
        if (this.match(char === '-' || isDigit(char) ? NUMBER : LITERAL) !== undefined) {
            return 'complete';
        }
        this.fail(char === undefined ? 'the text ends where a value should be' : 'expected a value');
        return 'error';
    }
    open(char) {
        const parent = this.stack.at(-1);
        const frame = {
            path: parent === undefined ? '' : memberPath(parent),
            keys: char === '{' ? new Map() : undefined,
            member: char === '{' ? '' : 0,
        };
        this.at++;
        this.space();
        if (this.text[this.at] === (char === '{' ? '}' : ']')) {
            this.at++;
            return 'complete';
        }
        this.stack.push(frame);
        if (char === '{' && !this.key(frame))
            return 'error';
        return 'opened';
    }
    /** After a complete value: commas, closing brackets and keys, up to the next value. */
    afterValue() {
        for (;;) {
            this.space();
            const frame = this.stack.at(-1);
            if (frame === undefined)
                return 'end';
            const char = this.text[this.at];
            if (char === ',') {
                this.at++;
                this.space();
                if (typeof frame.member === 'number') {
                    frame.member++;
                    return 'value';
                }
                return this.key(frame) ? 'value' : 'error';
            }
            const close = frame.keys === undefined ? ']' : '}';
            if (char !== close) {
                this.fail(`expected ',' or '${close}'`);
                return 'error';
            }
            this.at++;
            this.stack.pop();
        }
    }
    /** A key, its colon, and the space up to its value; a key seen before is noted. */
    key(frame) {
        if (this.text[this.at] !== '"')
            return this.fail('expected a key in double quotes');
        const token = this.string();
        if (token === undefined)
            return false;
        // A valid JSON string: JSON.parse undoes its escapes, so "\u0061" is the key "a".
        const name = JSON.parse(token);
        const first = frame.keys?.get(name);
        if (first === undefined)
            frame.keys?.set(name, this.line);
        frame.member = name;
        if (first !== undefined && this.duplicate === undefined) {
            this.duplicate = { path: memberPath(frame), firstLine: first, secondLine: this.line };
        }
        this.space();
        if (this.text[this.at] !== ':')
            return this.fail("expected ':' after the key");
        this.at++;
        this.space();
        return true;
    }
    /** A string token, escapes checked; on failure `at` is at the character that is wrong. */
    string() {
        const start = this.at;
        this.at++;
        for (;;) {
            const problem = this.stringCharacter();
            if (problem === 'closed')
                return this.text.slice(start, this.at);
            if (problem !== undefined) {
                this.fail(problem);
                return undefined;
            }
        }
    }
    /** Steps over one character (or escape) of a string: 'closed' at its end, else what is wrong. */
    stringCharacter() {
        const code = this.text.charCodeAt(this.at);
        if (Number.isNaN(code))
            return 'a string is not closed';
        if (code < 0x20)
            return 'a string holds a line break or other control character unescaped';
        this.at++;
        if (code === 0x22)
            return 'closed';
        if (code === 0x5c && !this.escape())
            return 'a backslash in a string starts no escape JSON has';
        return undefined;
    }
    escape() {
        const char = this.text[this.at] ?? '';
        if (char !== '' && '"\\/bfnrt'.includes(char)) {
            this.at++;
            return true;
        }
        if (char !== 'u' || !/^[\da-fA-F]{4}$/.test(this.text.slice(this.at + 1, this.at + 5))) {
            return false;
        }
        this.at += 5;
        return true;
    }
    match(pattern) {
        pattern.lastIndex = this.at;
        const found = pattern.exec(this.text)?.[0];
        if (found !== undefined)
            this.at += found.length;
        return found;
    }
    /** JSON's white space; line breaks are only ever here (a string cannot hold one). */
    space() {
        for (;;) {
            const char = this.text[this.at];
            if (char === '\n')
                this.line++;
            else if (char !== ' ' && char !== '\t' && char !== '\r')
                return;
            this.at++;
        }
    }
}
function isDigit(char) {
    return char !== undefined && char >= '0' && char <= '9';
}
function memberPath(frame) {
    if (typeof frame.member === 'number')
        return `${frame.path}[${frame.member}]`;
    return frame.path === '' ? frame.member : `${frame.path}.${frame.member}`;
}


/***/ }),

/***/ 3992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zd: () => (/* binding */ INPUT_SCHEMA),
  tz: () => (/* binding */ inputsWhere),
  wp: () => (/* binding */ isInputName)
});

// UNUSED EXPORTS: INPUT_GROUPS, INPUT_NAMES

;// CONCATENATED MODULE: ./src/inputs/schema/advanced.ts
const ADVANCED = [
    {
        name: 'symlinks',
        group: 'advanced',
        description: 'auto (default), follow, preserve or error: what to do with symbolic links in source.',
        reference: '`auto` (default): a link pointing inside `source` is stored as a link, as `zip -y` stores it, so a pnpm `node_modules` deploys and runs. `follow`: a link inside `source` is packaged as the file it points to (refused for a pnpm tree, whose packages would lose their dependencies). `preserve`: every link is kept as a link, a link to a directory too. `error`: any link fails the step. A link pointing outside `source`, dangling or looping fails the step. With `zip-file`, `auto` and `preserve` accept link entries that stay inside the zip. See [Symbolic links](docs/choosing-files.md#symbolic-links).',
        default: 'auto',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 's3-key-prefix',
        group: 'advanced',
        description: 'The S3 key prefix of packages in s3-bucket.',
        reference: 'Key prefix: the key is `<prefix><function-name>/<sha256-hex>.zip` (a fleet: `<prefix>packages/<sha256-hex>.zip`, one object per package and region), so the same bytes get the same key and are not uploaded twice. See [Packages in S3](docs/many-functions.md#packages-in-s3).',
        default: 'lambda-deploy/',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 's3-upload',
        group: 'advanced',
        description: 'auto (only at 50 MiB or more), always or never.',
        reference: '`auto`: through S3 only at 52,428,800 bytes or more. `always`. `never`: fail when that large.',
        default: 'auto',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 's3-bucket-owner',
        group: 'advanced',
        description: "The 12-digit account expected to own s3-bucket. Default, the function's account.",
        reference: 'The 12-digit account expected to own `s3-bucket`, sent as `ExpectedBucketOwner`.',
        shownDefault: "the function's account",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'skip-unchanged',
        group: 'advanced',
        description: "true to leave the code alone when the package's SHA-256 equals the function's.",
        reference: "When the package's SHA-256 equals the function's `CodeSha256`, leave the code alone (output `deployed` is then `false`). A `source` tree whose fingerprint the function records with the code it runs (tag `lambda-deploy:code-fingerprint`) is not even built, nor a `layer-source` tree whose layer version it records (tag `lambda-deploy:layer-fingerprint`): see [Speed](docs/speed.md#an-unchanged-tree-is-not-built-again). `false` updates it anyway.",
        default: 'true',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'wait-timeout',
        group: 'advanced',
        description: 'Seconds to wait for Lambda to finish an update, 1 to 21600.',
        reference: "Seconds (1 to 21600) to wait for Lambda to finish an update, both one already under way before the deploy and the deploy's own. A request in flight when it runs out is ended too.",
        default: '600',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'request-timeout',
        group: 'advanced',
        description: 'Seconds a request to AWS or GitHub may take, 1 to 3600, plus 1 s per 64 KiB sent.',
        reference: 'Seconds (1 to 3600) a request to AWS or GitHub may take in all (to connect, and for its answer to arrive whole), plus 1 s for each 64 KiB it sends, so a large upload on a slow link still works; an answer that trickles is cut off. It is then retried; after 6 attempts the step fails naming the call.',
        default: '60',
        required: false,
        where: { step: true, manifest: true },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/codedeploy.ts
const DEPLOY_PERMISSIONS = [
    'codedeploy:GetApplication',
    'codedeploy:GetDeploymentGroup',
    'codedeploy:GetDeploymentConfig',
    'codedeploy:CreateDeployment',
    'codedeploy:RegisterApplicationRevision',
    'codedeploy:ListDeployments',
    'codedeploy:GetDeployment',
    'codedeploy:GetDeploymentTarget',
    'codedeploy:StopDeployment',
];
const CODEDEPLOY = [
    {
        name: 'rollout-engine',
        group: 'release',
        description: 'action (default; the step moves the alias) or codedeploy (a CodeDeploy deployment moves it in AWS).',
        reference: '`action` (the step moves the alias itself) or `codedeploy`: a CodeDeploy deployment shifts the alias in AWS, outliving the job. See [Rollouts in AWS](docs/rollouts-in-aws.md).',
        default: 'action',
        required: false,
        where: { step: true, manifest: 'whole-step' },
        permissions: DEPLOY_PERMISSIONS,
    },
    {
        name: 'codedeploy-application',
        group: 'release',
        description: 'With rollout-engine: codedeploy, the CodeDeploy application (Lambda compute platform).',
        reference: 'With `rollout-engine: codedeploy`: the CodeDeploy application (Lambda compute platform); created when missing only with `codedeploy-service-role`.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['codedeploy:GetApplication'],
    },
    {
        name: 'codedeploy-deployment-group',
        group: 'release',
        description: "With rollout-engine: codedeploy, the application's deployment group.",
        reference: "With `rollout-engine: codedeploy`: the application's deployment group; created when missing only with `codedeploy-service-role`; its alarms follow `alarms`.",
        required: false,
        where: { step: true, manifest: true },
        permissions: ['codedeploy:GetDeploymentGroup', 'codedeploy:UpdateDeploymentGroup'],
    },
    {
        name: 'codedeploy-service-role',
        group: 'release',
        description: "ARN of CodeDeploy's service role; with it, a missing application and group are created.",
        reference: "ARN of CodeDeploy's service role (managed policy `AWSCodeDeployRoleForLambda`): with it, a missing application and deployment group are created, with `alarms` and automatic rollback.",
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'codedeploy:CreateApplication',
            'codedeploy:CreateDeploymentGroup',
            'iam:PassRole',
        ],
    },
    {
        name: 'codedeploy-config',
        group: 'release',
        description: 'CodeDeploy deployment config, such as CodeDeployDefault.LambdaCanary10Percent5Minutes.',
        reference: 'The deployment config, such as `CodeDeployDefault.LambdaCanary10Percent5Minutes`; default, the canary or linear config `traffic` and `traffic-interval` map onto (created when missing).',
        shownDefault: 'from `traffic`',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['codedeploy:GetDeploymentConfig', 'codedeploy:CreateDeploymentConfig'],
    },
    {
        name: 'wait-for-rollout',
        group: 'release',
        description: 'With rollout-engine: codedeploy, true to follow the deployment to its end; false to hand it over.',
        reference: '`true`: follow the CodeDeploy deployment to its end, failing on a rollback; `false`: end once CodeDeploy accepted it (output `codedeploy-deployment-id`).',
        default: 'true',
        required: false,
        where: { step: true, manifest: 'whole-step' },
    },
    {
        name: 'rollout-timeout',
        group: 'release',
        description: 'Seconds the step follows a CodeDeploy deployment before it stops it with rollback.',
        reference: 'Seconds the step follows a CodeDeploy deployment before it stops it with rollback (1 to 21600).',
        shownDefault: 'the shift plus `wait-timeout`',
        required: false,
        where: { step: true, manifest: 'whole-step' },
    },
    {
        name: 'before-traffic-hook',
        group: 'release',
        description: "Lambda function for the AppSpec's BeforeAllowTraffic hook (rollout-engine: codedeploy).",
        reference: "A Lambda function for the AppSpec's `BeforeAllowTraffic` hook: run before any traffic moves; `Failed` rolls back.",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'after-traffic-hook',
        group: 'release',
        description: "Lambda function for the AppSpec's AfterAllowTraffic hook (rollout-engine: codedeploy).",
        reference: "A Lambda function for the AppSpec's `AfterAllowTraffic` hook: run once all traffic moved; `Failed` rolls back.",
        required: false,
        where: { step: true, manifest: true },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/essentials.ts
const ESSENTIALS = [
    {
        name: 'function-name',
        group: 'essentials',
        description: 'The function: a name, a partial ARN or an ARN. Required unless each manifest entry names one.',
        reference: 'The function: a name (`orders-api`), a partial ARN (`123456789012:function:orders-api`) or an ARN. It must exist, unless `create-if-missing` is set. A version or alias suffix is refused.',
        shownDefault: 'required, unless `manifest`',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'source',
        group: 'essentials',
        description: 'A directory to package as a zip, relative to the workspace.',
        reference: 'A directory to package as a zip, relative to the workspace. Set one of `source`, `zip-file` and `image-uri`.',
        required: false,
        where: { step: true, manifest: true },
        // TagResource records the tree's fingerprint (docs/speed.md); without it, a warning.
        permissions: ['lambda:GetFunction', 'lambda:UpdateFunctionCode', 'lambda:TagResource'],
    },
    {
        name: 'zip-file',
        group: 'essentials',
        description: 'A ready .zip to deploy, relative to the workspace.',
        reference: "A ready `.zip` to deploy, relative to the workspace. It must be a regular file and a valid zip holding files; an entry that would unpack outside the function's directory is refused, and so is a symbolic link unless `symlinks: preserve` and it stays inside the zip.",
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:GetFunction', 'lambda:UpdateFunctionCode'],
    },
    {
        name: 'image-uri',
        group: 'essentials',
        description: 'An ECR image (…:<tag> or @sha256:<digest>) to deploy to an Image function.',
        reference: 'A container image in ECR, `<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>` or `@sha256:<digest>`, for an Image function. See [Container images](docs/images-and-layers.md#container-images). Only an image named by digest is skipped as unchanged.',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetFunction',
            'lambda:UpdateFunctionCode',
            'ecr:BatchGetImage',
            'ecr:GetDownloadUrlForLayer',
        ],
    },
    {
        name: 'include',
        group: 'essentials',
        description: '.gitignore patterns, one per line: package only what they match (default, every file).',
        reference: '`.gitignore` patterns relative to `source`, one per line: only what they match is packaged (by default, every file). See [Choosing the files](docs/choosing-files.md).',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'exclude',
        group: 'essentials',
        description: '.gitignore patterns, one per line, left out of the package, after include.',
        reference: '`.gitignore` patterns relative to `source`, one per line, left out of the package, after `include`. `*.map` leaves out source maps at any depth. `.git/` is always left out.',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 's3-bucket',
        group: 'essentials',
        description: "A bucket in the function's region for packages of 50 MiB or more; never created.",
        reference: "A bucket in the function's region for the package; used when the zip is 52,428,800 bytes or more (Lambda takes only smaller ones directly), or always with `s3-upload: always`. Never created by the action.",
        required: false,
        where: { step: true, manifest: true },
        permissions: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:ListBucket'],
    },
    {
        name: 'alias',
        group: 'essentials',
        description: 'An alias to point at the new version; created when missing.',
        reference: 'Alias to point at the new version; created when missing. Letters, digits, `-` and `_`, not all digits, at most 128.',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:PublishVersion',
            'lambda:GetAlias',
            'lambda:CreateAlias',
            'lambda:UpdateAlias',
        ],
    },
    {
        name: 'region',
        group: 'essentials',
        description: "The function's region. Default, the ARN's region, else AWS_REGION.",
        reference: "The function's region.",
        shownDefault: "the ARN's region, `AWS_REGION`",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'dry-run',
        group: 'essentials',
        description: 'true to build the package and print the plan, making only read calls.',
        reference: 'Build the package, read the function, and print and summarize the plan (code with both hashes, each setting old → new, version, alias routing, URL). Only read calls are made; outputs that would exist only after a change are left empty.',
        default: 'false',
        required: false,
        where: { step: true, manifest: 'whole-step' },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/function-settings-attached.ts
const ATTACHED_FUNCTION_SETTINGS = [
    {
        name: 'subnet-ids',
        group: 'function settings',
        description: 'VPC subnet IDs, one per line or comma-separated; none detaches the VPC.',
        reference: "The function's VPC: subnet IDs (`subnet-…`, at most 16), one per line or comma-separated; needs `security-group-ids`. Compared as a set. `none` (with `security-group-ids: none`) detaches the VPC. Attaching can take minutes; the step waits (`wait-timeout`).",
        required: false,
        where: { step: true, manifest: true, configFile: 'VpcConfig.SubnetIds' },
        permissions: [
            'lambda:UpdateFunctionConfiguration',
            'ec2:DescribeSubnets',
            'ec2:DescribeSecurityGroups',
            'ec2:DescribeVpcs',
        ],
    },
    {
        name: 'security-group-ids',
        group: 'function settings',
        description: 'VPC security group IDs, one per line or comma-separated; none detaches the VPC.',
        reference: "The function's VPC: security group IDs (`sg-…`, at most 5), one per line or comma-separated; needs `subnet-ids`. Compared as a set. `none` (with `subnet-ids: none`) detaches the VPC.",
        required: false,
        where: { step: true, manifest: true, configFile: 'VpcConfig.SecurityGroupIds' },
        permissions: [
            'lambda:UpdateFunctionConfiguration',
            'ec2:DescribeSubnets',
            'ec2:DescribeSecurityGroups',
            'ec2:DescribeVpcs',
        ],
    },
    {
        name: 'ipv6-dual-stack',
        group: 'function settings',
        description: "true to allow IPv6 through the VPC's dual-stack subnets.",
        reference: '`true` or `false`: IPv6 through dual-stack subnets; with `subnet-ids`. Left as it is when unset.',
        required: false,
        where: { step: true, manifest: true, configFile: 'VpcConfig.Ipv6AllowedForDualStack' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'dead-letter-target-arn',
        group: 'function settings',
        description: 'An SQS queue or SNS topic ARN for failed asynchronous invocations; none removes it.',
        reference: 'An SQS queue or SNS topic ARN for failed asynchronous invocations; `none` removes it.',
        required: false,
        where: { step: true, manifest: true, configFile: 'DeadLetterConfig.TargetArn' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'tracing',
        group: 'function settings',
        description: 'X-Ray tracing: Active or PassThrough.',
        reference: 'X-Ray tracing: `Active` or `PassThrough`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'TracingConfig.Mode' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'log-format',
        group: 'function settings',
        description: 'Text or JSON.',
        reference: '`Text` or `JSON`. Only what is set of the logging configuration is compared; the rest is kept.',
        required: false,
        where: { step: true, manifest: true, configFile: 'LoggingConfig.LogFormat' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'log-group',
        group: 'function settings',
        description: 'The CloudWatch log group (default /aws/lambda/<function>).',
        reference: "The CloudWatch log group (Lambda's default is `/aws/lambda/<function>`).",
        required: false,
        where: { step: true, manifest: true, configFile: 'LoggingConfig.LogGroup' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'application-log-level',
        group: 'function settings',
        description: 'TRACE, DEBUG, INFO, WARN, ERROR or FATAL; needs log-format JSON.',
        reference: '`TRACE`, `DEBUG`, `INFO`, `WARN`, `ERROR` or `FATAL`. Only with `log-format: JSON` (Lambda refuses levels with Text).',
        required: false,
        where: { step: true, manifest: true, configFile: 'LoggingConfig.ApplicationLogLevel' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'system-log-level',
        group: 'function settings',
        description: 'DEBUG, INFO or WARN; needs log-format JSON.',
        reference: '`DEBUG`, `INFO` or `WARN`. Only with `log-format: JSON` (Lambda refuses levels with Text).',
        required: false,
        where: { step: true, manifest: true, configFile: 'LoggingConfig.SystemLogLevel' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'snap-start',
        group: 'function settings',
        description: 'PublishedVersions or None.',
        reference: '`PublishedVersions` or `None`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'SnapStart.ApplyOn' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'file-systems',
        group: 'function settings',
        description: 'An EFS or S3 Files access point to mount, <access-point-arn>=/mnt/<name>; none removes it.',
        reference: 'An EFS or S3 Files access point to mount, `<access-point-arn>=/mnt/<name>` (Lambda takes one); `none` removes it. S3 Files: see `file-system-direct-s3-read`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'FileSystemConfigs' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'image-command',
        group: 'function settings',
        description: "The image's CMD override, one item per line (image-uri only).",
        reference: "Override of the image's `CMD`, one item per line. Only with `image-uri`.",
        required: false,
        where: { step: true, manifest: true, configFile: 'ImageConfig.Command' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'image-entrypoint',
        group: 'function settings',
        description: "The image's ENTRYPOINT override, one item per line (image-uri only).",
        reference: "Override of the image's `ENTRYPOINT`, one item per line. Only with `image-uri`.",
        required: false,
        where: { step: true, manifest: true, configFile: 'ImageConfig.EntryPoint' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'image-working-directory',
        group: 'function settings',
        description: "The image's WORKDIR override, an absolute path (image-uri only).",
        reference: "Override of the image's `WORKDIR`, an absolute path. Only with `image-uri`.",
        required: false,
        where: { step: true, manifest: true, configFile: 'ImageConfig.WorkingDirectory' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'reserved-concurrency',
        group: 'function settings',
        description: 'Concurrent executions reserved, 0 to 1000, or none to remove the reservation.',
        reference: 'Concurrent executions reserved for the function, `0` to `1000` (`0` stops it from running), or `none` to remove the reservation. Set only when it differs.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Concurrency.ReservedConcurrentExecutions' },
        permissions: [
            'lambda:GetFunctionConcurrency',
            'lambda:PutFunctionConcurrency',
            'lambda:DeleteFunctionConcurrency',
        ],
    },
    {
        name: 'provisioned-concurrency',
        group: 'function settings',
        description: "Instances kept initialized on the alias's version, 1 to 10000; needs alias.",
        reference: "Instances kept initialized, `1` to `10000`, on the version `alias` routes to. Needs `alias` and `traffic` 100 (Lambda refuses it on a weighted alias). Put on the new version and `READY` (within `wait-timeout`) before the alias moves, then removed from the version the alias left. A failed allocation fails the step with Lambda's reason: the version is published and the alias has not moved.",
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetProvisionedConcurrencyConfig',
            'lambda:PutProvisionedConcurrencyConfig',
            'lambda:DeleteProvisionedConcurrencyConfig',
        ],
    },
    {
        name: 'code-signing-config-arn',
        group: 'function settings',
        description: 'A code signing config ARN to attach, or none to detach it.',
        reference: "A code signing config ARN to attach before the code is updated, or `none` to detach the function's. Lambda then checks every code update against it.",
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetFunctionCodeSigningConfig',
            'lambda:PutFunctionCodeSigningConfig',
            'lambda:DeleteFunctionCodeSigningConfig',
        ],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/function-settings.ts
const FUNCTION_SETTINGS = [
    {
        name: 'config-file',
        group: 'function settings',
        description: "A JSON or YAML file of settings in the API's shape (get-function-configuration's output).",
        reference: "A JSON or YAML file in the workspace with the settings in the API's own shape; `aws lambda get-function-configuration` (or `get-function`) output works as it is. Read-only keys are ignored with one notice; an unknown key fails the step. An input that is set replaces the file's value. See [config-file](docs/config-file.md).",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'create-if-missing',
        group: 'function settings',
        description: 'true to create the function when it does not exist (needs role; runtime and handler for a zip).',
        reference: 'Create the function when it does not exist, with the code and every setting given (needs `role`, and `runtime` and `handler` for a zip), and wait until it is Active.',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:CreateFunction', 'iam:PassRole'],
    },
    {
        name: 'handler',
        group: 'function settings',
        description: 'The handler, such as index.handler.',
        reference: "The function's handler, such as `index.handler`.",
        required: false,
        where: { step: true, manifest: true, configFile: 'Handler' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'runtime',
        group: 'function settings',
        description: 'The runtime, such as nodejs22.x or python3.13.',
        reference: 'The runtime identifier, such as `nodejs22.x` or `python3.13`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Runtime' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'memory-size',
        group: 'function settings',
        description: 'Memory in MB, 128 to 10240.',
        reference: 'Memory in MB, 128–10240.',
        required: false,
        where: { step: true, manifest: true, configFile: 'MemorySize' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'timeout',
        group: 'function settings',
        description: 'Timeout in seconds, 1 to 900.',
        reference: 'Timeout in seconds, 1–900.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Timeout' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'description',
        group: 'function settings',
        description: "The function's description, up to 256 characters.",
        reference: "The function's description, up to 256 characters.",
        required: false,
        where: { step: true, manifest: true, configFile: 'Description' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'role',
        group: 'function settings',
        description: "The execution role's ARN.",
        reference: "The execution role's ARN.",
        required: false,
        where: { step: true, manifest: true, configFile: 'Role' },
        permissions: ['lambda:UpdateFunctionConfiguration', 'iam:PassRole'],
    },
    {
        name: 'architectures',
        group: 'function settings',
        description: 'x86_64 or arm64.',
        reference: '`x86_64` or `arm64`; Lambda takes it with the code, so a different one forces the code update.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Architectures' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'ephemeral-storage',
        group: 'function settings',
        description: '/tmp size in MB, 512 to 10240 (to 32768 with accelerator-memory-size).',
        reference: 'The size of `/tmp` in MB, 512–10240; up to 32768 for a function with `accelerator-memory-size`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'EphemeralStorage.Size' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'environment',
        group: 'function settings',
        description: 'Environment variables: KEY=VALUE lines or a JSON object. Values are masked in the log.',
        reference: "`KEY=VALUE` lines (values may hold `=` and `,`) or a JSON object. Values are masked in the log unless under 8 characters or part of the function name, ARN, alias or region; the summary names variables only. At most Lambda's 4 KB.",
        required: false,
        where: { step: true, manifest: true, configFile: 'Environment.Variables' },
        manifestValue: 'json-object',
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'environment-mode',
        group: 'function settings',
        description: "merge (keep the function's other variables) or replace (exactly these).",
        reference: "`merge` keeps the function's other variables; `replace` sets exactly these.",
        default: 'merge',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'kms-key-arn',
        group: 'function settings',
        description: "A KMS key ARN for the environment variables; none for Lambda's own key.",
        reference: "A KMS key ARN for the environment variables at rest; `none` goes back to Lambda's own key.",
        required: false,
        where: { step: true, manifest: true, configFile: 'KMSKeyArn' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'tags',
        group: 'function settings',
        description: 'Tags as KEY=VALUE lines.',
        reference: '`KEY=VALUE` lines; only these keys are set, and with `tags-mode: merge` (the default) other tags are left alone.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Tags' },
        manifestValue: 'key-value-lines',
        permissions: ['lambda:TagResource'],
    },
    {
        name: 'tags-mode',
        group: 'function settings',
        description: 'merge (leave other tags) or replace (also remove tags not listed).',
        reference: "`merge` sets the keys in `tags` and leaves the function's other tags; `replace` also removes the function's tags that `tags` does not list (never `aws:` ones). Applies only with `tags`.",
        shownDefault: '`merge`',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:UntagResource'],
    },
    {
        name: 'layers',
        group: 'function settings',
        description: 'Layer version ARNs, one per line, at most 5, in order; none detaches every layer.',
        reference: 'Layer version ARNs, one per line, at most 5, in order; `none` detaches every layer.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Layers' },
        permissions: ['lambda:UpdateFunctionConfiguration', 'lambda:GetLayerVersion'],
    },
    {
        name: 'layer-name',
        group: 'function settings',
        description: 'A layer to publish from layer-source and attach, in place of its older version.',
        reference: 'Publish the directory `layer-source` as a version of layer `layer-name` and attach it, in place of an older version of the same layer; other layers stay. Not published again when its newest version already holds the same package. See [Layers](docs/images-and-layers.md#layers).',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:ListLayerVersions',
            'lambda:GetLayerVersion',
            'lambda:PublishLayerVersion',
            'lambda:UpdateFunctionConfiguration',
        ],
    },
    {
        name: 'layer-source',
        group: 'function settings',
        description: "The directory to package as the layer's zip, relative to the workspace.",
        reference: "The directory to package as the layer's zip, relative to the workspace, laid out as Lambda expects (`nodejs/node_modules`, `python/`, `bin/` ...). Needs `layer-name`.",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'layer-compatible-runtimes',
        group: 'function settings',
        description: "The layer's compatible runtimes, one per line or comma-separated.",
        reference: "The layer version's compatible runtimes (at most 15), one per line or comma-separated; sent only when set.",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'layer-compatible-architectures',
        group: 'function settings',
        description: "The layer's compatible architectures: x86_64, arm64 or both.",
        reference: "The layer version's compatible architectures, `x86_64`, `arm64` or both, one per line or comma-separated; sent only when set.",
        required: false,
        where: { step: true, manifest: true },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/lambda-2025.ts
const LAMBDA_2025_SETTINGS = [
    {
        name: 'durable-config',
        group: 'function settings',
        description: "Durable execution settings: JSON in the API's DurableConfig shape. Sent only when it differs.",
        reference: 'JSON in the API\'s `DurableConfig` shape: `{"ExecutionTimeout": 3600, "RetentionPeriodInDays": 14}` (`KMSKeyArn` optional). Sent only when it differs. Versions with `RUNNING` or `PAUSED` durable executions are never pruned or deleted. See [durable functions](docs/durable-managed-tenancy.md).',
        required: false,
        where: { step: true, manifest: true, configFile: 'DurableConfig' },
        manifestValue: 'json',
        permissions: ['lambda:UpdateFunctionConfiguration', 'lambda:ListDurableExecutionsByFunction'],
    },
    {
        name: 'capacity-provider-config',
        group: 'function settings',
        description: "Run on Lambda Managed Instances: JSON in the API's CapacityProviderConfig shape.",
        reference: "JSON in the API's `CapacityProviderConfig` shape (`LambdaManagedInstancesCapacityProviderConfig` with `CapacityProviderArn`, `PerExecutionEnvironmentMaxConcurrency`, `ExecutionEnvironmentMemoryGiBPerVCpu`). Without an alias or `publish`, the release republishes `$LATEST.PUBLISHED`. See [Managed Instances](docs/durable-managed-tenancy.md).",
        required: false,
        where: { step: true, manifest: true, configFile: 'CapacityProviderConfig' },
        manifestValue: 'json',
        permissions: [
            'lambda:UpdateFunctionConfiguration',
            'lambda:PassCapacityProvider',
            'lambda:PublishVersion',
        ],
    },
    {
        name: 'scaling-config',
        group: 'function settings',
        description: 'Min/max execution environments of the new version (FunctionScalingConfig JSON).',
        reference: 'JSON in the API\'s `FunctionScalingConfig` shape: `{"MinExecutionEnvironments": 1, "MaxExecutionEnvironments": 10}`, put on the released version before any traffic. Needs a capacity provider.',
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
        permissions: ['lambda:GetFunctionScalingConfig', 'lambda:PutFunctionScalingConfig'],
    },
    {
        name: 'tenant-isolation',
        group: 'function settings',
        description: 'per-tenant: create the function with TenancyConfig PER_TENANT; none: a shared function.',
        reference: '`per-tenant` creates the function with `TenancyConfig` `PER_TENANT`; `none` expects a shared one. It cannot change after creation: a function that differs fails the step before any change.',
        required: false,
        where: { step: true, manifest: true, configFile: 'TenancyConfig.TenantIsolationMode' },
        permissions: ['lambda:CreateFunction'],
    },
    {
        name: 'smoke-test-tenant-id',
        group: 'release',
        description: 'The tenant to invoke the smoke test as (TenantId); needed by a per-tenant function.',
        reference: 'The tenant the smoke test invokes as (`TenantId`); required for the smoke test of a `PER_TENANT` function.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:InvokeFunction'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/many-functions.ts
const MANY_FUNCTIONS = [
    {
        name: 'manifest',
        group: 'many functions',
        description: 'A YAML or JSON file listing many functions to deploy from this step.',
        reference: "A YAML or JSON file in the workspace listing many functions to deploy from one step: `functions` (entries with this action's inputs by name) and `defaults`. An entry beats `defaults`, `defaults` beat the step's inputs; every entry is checked before any AWS call. See [Many functions](docs/many-functions.md).",
        required: false,
        where: { step: true, manifest: 'step-only' },
    },
    {
        name: 'regions',
        group: 'many functions',
        description: 'AWS regions, one per line, to deploy the same function(s) in.',
        reference: 'AWS regions, one per line: the same function (or every entry of `manifest`) is deployed in each. `{region}` in any value is replaced by the region. Not with `region`.',
        required: false,
        where: { step: true, manifest: 'step-only' },
    },
    {
        name: 'max-parallel',
        group: 'many functions',
        description: 'With manifest or regions: how many deploys run at once, 1 to 32.',
        reference: 'With `manifest` or `regions`: how many deploys run at once, 1 to 32.',
        default: '4',
        required: false,
        where: { step: true, manifest: 'step-only' },
    },
    {
        name: 'manifest-group',
        group: 'many functions',
        description: 'With manifest: deploy only the entries of this group.',
        reference: 'With `manifest`: deploy only the entries whose `group` equals it (one matrix job per group).',
        required: false,
        where: { step: true, manifest: 'step-only' },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/newest-settings.ts
const NEWEST_SETTINGS = [
    {
        name: 'runtime-config',
        group: 'function settings',
        description: 'A customer-managed runtime, JSON {"RuntimeArn": ..., "RuntimeAlias": ...}; needs runtime custom.',
        reference: 'A customer-managed runtime, JSON in the API\'s `RuntimeConfig` shape: `{"RuntimeArn": "arn:aws:lambda:<region>:<account>:runtime/<name>", "RuntimeAlias": "stable"}`, both required. The function\'s runtime must be `custom` (set `runtime: custom` or have it already). Compared and sent only when it differs. See [Newest settings](docs/newest-settings.md).',
        required: false,
        where: { step: true, manifest: true, configFile: 'RuntimeConfig' },
        manifestValue: 'json',
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'accelerator-memory-size',
        group: 'function settings',
        description: 'Accelerator (GPU) memory in GB: 3, 6, 12, 16, 24 or 48; ephemeral-storage may then reach 32768.',
        reference: 'Accelerator memory in GB per execution environment (`AcceleratorConfig.AcceleratorMemorySize`): `3`, `6`, `12`, `16`, `24` or `48`. Lambda runs accelerators on Managed Instances (a capacity provider) for x86_64 image functions; an arm64 function is refused before any change. With it, `ephemeral-storage` may go up to 32768.',
        required: false,
        where: { step: true, manifest: true, configFile: 'AcceleratorConfig.AcceleratorMemorySize' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'file-system-direct-s3-read',
        group: 'function settings',
        description: 'How the S3 Files mount of file-systems reads: AUTO (the default), ENABLED or DISABLED.',
        reference: "How an S3 Files mount (`file-systems`) reads (`S3FilesConfig.DirectS3Read`): `AUTO` (Lambda's default), `ENABLED` (straight from the bucket) or `DISABLED` (through the file system). Only with an S3 Files access point; the execution role needs `s3:GetObject` and `s3:GetObjectVersion` for direct reads.",
        required: false,
        where: {
            step: true,
            manifest: true,
            configFile: 'FileSystemConfigs.S3FilesConfig.DirectS3Read',
        },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/previews.ts
const PREVIEWS = [
    {
        name: 'function-url',
        group: 'previews',
        description: 'none, public or iam: a function URL on the alias (or the function).',
        reference: '`public` (auth NONE, with both invoke permissions), `iam` (AWS_IAM), or `none`: a URL on the alias (on the function itself when there is no alias), kept across redeploys.',
        default: 'none',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetFunctionUrlConfig',
            'lambda:CreateFunctionUrlConfig',
            'lambda:UpdateFunctionUrlConfig',
            'lambda:GetPolicy',
            'lambda:AddPermission',
            'lambda:RemovePermission',
        ],
    },
    {
        name: 'delete-alias',
        group: 'previews',
        description: 'true to remove the alias, its URL and its version (pull-request previews).',
        reference: '`true`: remove the alias, its URL and permissions, and its version unless another alias routes to it. Builds nothing. A missing alias is not an error.',
        default: 'false',
        required: false,
        where: { step: true, manifest: 'one-alias' },
        permissions: [
            'lambda:ListAliases',
            'lambda:DeleteAlias',
            'lambda:DeleteFunctionUrlConfig',
            'lambda:RemovePermission',
            'lambda:DeleteFunction',
        ],
    },
    {
        name: 'comment-on-pr',
        group: 'previews',
        description: "true to keep one comment on the pull request with the preview's URL. Needs github-token.",
        reference: '`true`: one comment on the pull request with the preview URL, version and commit, updated on each run. Needs `github-token`. When the pull request closes, it says the preview was removed.',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'github-token',
        group: 'previews',
        description: 'A token for comment-on-pr and github-deployment, usually github.token.',
        reference: 'Token for `comment-on-pr` (needs `pull-requests: write`) and `github-deployment` (needs `deployments: write`), usually `${{ github.token }}`; when empty, the `GITHUB_TOKEN` environment variable.',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'github-deployment',
        group: 'previews',
        description: 'true to record a GitHub deployment of the commit. Needs github-token.',
        reference: '`true`: record a GitHub deployment of the commit, with the function URL as its environment URL. Needs `github-token`. See [GitHub deployments](docs/previews.md#github-deployments).',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'deployment-environment',
        group: 'previews',
        description: "The GitHub deployment's environment. Default, the alias, else lambda.",
        reference: "The GitHub environment of the deployment (not `environment`, which holds the function's variables).",
        shownDefault: 'the alias, else `lambda`',
        required: false,
        where: { step: true, manifest: true },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/release.ts
const RELEASE = [
    {
        name: 'publish',
        group: 'release',
        description: 'true to publish a version after the update (implied by alias).',
        reference: 'Publish a version after the update (implied by `alias`).',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:PublishVersion'],
    },
    {
        name: 'version-description',
        group: 'release',
        description: "The published version's description. Default, the commit, ref and run.",
        reference: 'Description of the published version, up to 256 characters.',
        shownDefault: 'commit, ref and run',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'traffic',
        group: 'release',
        description: "Percent of the alias's traffic for the new version, or steps such as 10,50,100.",
        reference: "Percent of the alias's traffic for the new version, 1 to 100; below 100 the alias keeps its current version for the rest, and 100 promotes the new version and clears the routing. Steps (`10,50,100`) move the alias in turn, `traffic-interval` apart. See [Safe releases](docs/safe-releases.md).",
        default: '100',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'traffic-interval',
        group: 'release',
        description: 'How long each traffic step holds: 30s, 5m or 1h. Default 5m.',
        reference: 'With `traffic` in steps (`10,50,100`): how long each step but the last holds, `30s`, `5m` or `1h` (1s to 6h).',
        shownDefault: '`5m`',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'alarms',
        group: 'release',
        description: 'CloudWatch alarm names, one per line: one in ALARM during the rollout puts the alias back.',
        reference: 'CloudWatch alarm names, one per line, watched during a stepped rollout: one in ALARM puts the alias back and fails the step. One already in ALARM when the run plans refuses the rollout before any change; see [Alarms and triggers before the first step](docs/safe-releases.md#alarms-and-triggers-before-the-first-step). Needs `alias`.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['cloudwatch:DescribeAlarms'],
    },
    {
        name: 'smoke-test',
        group: 'release',
        description: 'A JSON payload (or @file) to invoke the new version with before any alias moves.',
        reference: 'A JSON payload, or `@path` to a JSON file in the workspace, to invoke the new version with before any alias moves; a function error fails the step and leaves the alias.',
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
    },
    {
        name: 'smoke-test-expect',
        group: 'release',
        description: "A JSON value the smoke test's answer must contain.",
        reference: "A JSON value the smoke test's answer must contain (objects by key, recursively; other values equal). Needs `smoke-test`.",
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
    },
    {
        name: 'smoke-test-after',
        group: 'release',
        description: 'true to invoke the alias with smoke-test once it is at 100 %; a failure puts it back.',
        reference: '`true`: once the alias sends all its traffic to the new version, invoke the alias with `smoke-test` (and `smoke-test-expect`); a failure puts the alias back to its routing before the run. Needs `alias` and `smoke-test`.',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'on-interrupted',
        group: 'release',
        description: 'revert, resume or fail: what to do with an alias another run left mid-rollout.',
        reference: "What a run does first when it finds the alias left mid-rollout by a run that was cancelled or killed: `revert` (back to the routing before that rollout, without its version), `resume` (carry its steps on, with this run's `traffic-interval` and `alarms`) or `fail`.",
        default: 'revert',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'trigger-check',
        group: 'release',
        description: 'warn or fail: about triggers that invoke the function outside the alias released.',
        reference: 'With a canary (`traffic` below 100), steps or `smoke-test`: event source mappings and AWS service permissions that invoke the function outside the alias released bypass the canary, the alarms and the smoke test. `warn` lists them in the plan and warns; `fail` refuses the release before any change.',
        default: 'warn',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:ListEventSourceMappings', 'lambda:GetPolicy'],
    },
    {
        name: 'rollback-to',
        group: 'release',
        description: 'previous or a version number: move alias back to it, building nothing.',
        reference: '`previous` or a version number: move `alias` back to it, weights cleared. Builds nothing. `previous` is the version the alias routed to before this action last moved it. See [Rolling back](docs/safe-releases.md#rolling-back).',
        required: false,
        where: { step: true, manifest: 'one-alias' },
        permissions: ['lambda:GetAlias', 'lambda:GetFunctionConfiguration', 'lambda:UpdateAlias'],
    },
    {
        name: 'keep-versions',
        group: 'release',
        description: 'Keep the newest N published versions and delete older ones no alias uses. Default, all.',
        reference: 'After a release, keep the newest N published versions and delete the older ones, never one an alias routes to (primary or weight), one with provisioned concurrency, or the one this run published. See [Pruning old versions](docs/safe-releases.md#pruning-old-versions).',
        shownDefault: 'all',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:ListVersionsByFunction',
            'lambda:ListAliases',
            'lambda:ListProvisionedConcurrencyConfigs',
            'lambda:DeleteFunction',
            'lambda:GetAccountSettings',
        ],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/url-async-runtime.ts
const URL_ASYNC_RUNTIME_SETTINGS = [
    {
        name: 'code-storage',
        group: 'function settings',
        description: "copy (Lambda keeps a copy) or reference (the function points at the package's S3 object version).",
        reference: "`copy`: Lambda keeps its own copy. `reference`: the function points at the package's object version in `s3-bucket` (`S3ObjectStorageMode: REFERENCE`); needs a versioned bucket with no lifecycle rule that expires or archives it; `keep-versions` deletes objects no version refers to any more. See [Package objects in your own bucket](docs/safe-releases.md#package-objects-in-your-own-bucket).",
        default: 'copy',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            's3:GetBucketVersioning',
            's3:GetLifecycleConfiguration',
            's3:PutObject',
            's3:GetObject',
            's3:DeleteObjectVersion',
            'lambda:GetFunction',
        ],
    },
    {
        name: 'recursive-loop',
        group: 'function settings',
        description: 'terminate or allow: what Lambda does with the function in a recursive loop. Unset, left as it is.',
        reference: '`terminate` or `allow`: what Lambda does when it finds the function in a recursive loop. Set only when it differs.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:GetFunctionRecursionConfig', 'lambda:PutFunctionRecursionConfig'],
    },
    {
        name: 'runtime-update',
        group: 'function settings',
        description: 'auto, function-update or manual (needs runtime-version-arn): when Lambda changes runtime version.',
        reference: '`auto`, `function-update` or `manual` (with `runtime-version-arn`): when Lambda moves the function to a new runtime version. Set only when it differs.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:GetRuntimeManagementConfig', 'lambda:PutRuntimeManagementConfig'],
    },
    {
        name: 'runtime-version-arn',
        group: 'function settings',
        description: 'The runtime version ARN to pin with runtime-update: manual.',
        reference: 'The runtime version to pin with `runtime-update: manual`: `arn:aws:lambda:<region>::runtime:<id>`.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:GetRuntimeManagementConfig', 'lambda:PutRuntimeManagementConfig'],
    },
];
const URL_ASYNC_RUNTIME_RELEASE = [
    {
        name: 'async-invoke-config',
        group: 'release',
        description: "Asynchronous invocation of the alias (or function) as JSON in the API's shape.",
        reference: "JSON in the API's shape (`MaximumRetryAttempts` 0–2, `MaximumEventAgeInSeconds` 60–21600, `DestinationConfig`): put on the alias (the function without one), replacing its whole config, only when it differs. See [Asynchronous invocation](docs/safe-releases.md#asynchronous-invocation-recursion-and-runtime-updates).",
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
        permissions: ['lambda:GetFunctionEventInvokeConfig', 'lambda:PutFunctionEventInvokeConfig'],
    },
];
const URL_ASYNC_RUNTIME_PREVIEWS = [
    {
        name: 'function-url-invoke-mode',
        group: 'previews',
        description: 'BUFFERED or RESPONSE_STREAM: how the function URL answers. Unset, left as it is.',
        reference: '`BUFFERED` or `RESPONSE_STREAM`: how the URL answers. Needs `function-url`; unset, the mode is left as it is. See [Function URL streaming and CORS](docs/previews.md#function-url-streaming-and-cors).',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetFunctionUrlConfig',
            'lambda:CreateFunctionUrlConfig',
            'lambda:UpdateFunctionUrlConfig',
        ],
    },
    {
        name: 'function-url-cors',
        group: 'previews',
        description: "The function URL's CORS as JSON in the API's Cors shape. Unset, left as it is.",
        reference: "JSON in the API's `Cors` shape (`AllowOrigins`, `AllowMethods`, `AllowHeaders`, `ExposeHeaders`, `AllowCredentials`, `MaxAge`). Needs `function-url`; unset, CORS is left as it is.",
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
        permissions: [
            'lambda:GetFunctionUrlConfig',
            'lambda:CreateFunctionUrlConfig',
            'lambda:UpdateFunctionUrlConfig',
        ],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema.ts
// The input schema: every input of the action, once, with what is known about it besides its
// parser. action.yml's inputs and docs/inputs.md are written from it (`npm run inputs`); the
// manifest's keys and config-file's key map are derived from it; a parser can read, and a
// message can name, only an input it declares (InputName).












/** In the reference's order: by group, then as each group lists them. */
const DECLARED = [
    ...ESSENTIALS,
    ...FUNCTION_SETTINGS,
    ...ATTACHED_FUNCTION_SETTINGS,
    ...NEWEST_SETTINGS,
    ...URL_ASYNC_RUNTIME_SETTINGS,
    ...LAMBDA_2025_SETTINGS,
    ...RELEASE,
    ...URL_ASYNC_RUNTIME_RELEASE,
    ...CODEDEPLOY,
    ...PREVIEWS,
    ...URL_ASYNC_RUNTIME_PREVIEWS,
    ...MANY_FUNCTIONS,
    ...ADVANCED,
];
const INPUT_SCHEMA = DECLARED;
const INPUT_NAMES = INPUT_SCHEMA.map((input) => input.name);
function isInputName(name) {
    return INPUT_NAMES.includes(name);
}
/** The names of the inputs of `schema` that `where` holds for, in the schema's order. */
function inputsWhere(schema, where) {
    return schema.filter(where).map((input) => input.name);
}


/***/ }),

/***/ 2546:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ ACTION_TAGS),
/* harmony export */   Nq: () => (/* binding */ parseEnvironment),
/* harmony export */   rL: () => (/* binding */ parseTags),
/* harmony export */   vD: () => (/* binding */ checkEnvironmentSize)
/* harmony export */ });
/* unused harmony export ENVIRONMENT_LIMIT_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// environment and tags: KEY=VALUE lines (or, for environment, a JSON object), checked as Lambda
// would check them.

/** Lambda's limit on all environment variables together. */
const ENVIRONMENT_LIMIT_BYTES = 4096;
const ENV_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;
/** Set by Lambda in every environment; UpdateFunctionConfiguration refuses them. */
const RESERVED_VARIABLES = new Set([
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_EXECUTION_ENV',
    'AWS_LAMBDA_FUNCTION_NAME',
    'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
    'AWS_LAMBDA_FUNCTION_VERSION',
    'AWS_LAMBDA_INITIALIZATION_TYPE',
    'AWS_LAMBDA_LOG_GROUP_NAME',
    'AWS_LAMBDA_LOG_STREAM_NAME',
    'AWS_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_LAMBDA_RUNTIME_API',
    'LAMBDA_TASK_ROOT',
    'LAMBDA_RUNTIME_DIR',
]);
/** KEY=VALUE lines (the value may hold '=' and ','), or a JSON object of strings. */
function parseEnvironment(value) {
    let variables;
    if (value.trimStart().startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', 'starts with { but is not valid JSON');
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', 'must be a JSON object of names to strings');
        }
        // No prototype, so that a key such as __proto__ is a key like any other, and checked.
        variables = Object.create(null);
        for (const [key, entry] of Object.entries(parsed)) {
            if (typeof entry !== 'string') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', `the value of ${key} is not a string`);
            }
            variables[key] = entry;
        }
    }
    else {
        variables = parsePairs('environment', value, VARIABLE_NAME);
    }
    for (const key of Object.keys(variables)) {
        if (!ENV_KEY.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', `'${key}' is not a variable name (a letter, then letters, digits and _)`);
        }
        if (RESERVED_VARIABLES.has(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', `'${key}' is reserved: Lambda sets it itself`);
        }
    }
    checkEnvironmentSize(variables, 'environment');
    return variables;
}
function checkEnvironmentSize(variables, input) {
    const size = Buffer.byteLength(JSON.stringify(variables));
    if (size > ENVIRONMENT_LIMIT_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `the variables come to ${size} bytes, over Lambda's limit of ${ENVIRONMENT_LIMIT_BYTES}`);
    }
}
const VARIABLE_NAME = { pattern: ENV_KEY, says: 'a letter, then letters, digits and _' };
const TAG_KEY = { pattern: /^.{1,128}$/, says: '1 to 128 characters' };
function parsePairs(input, value, key) {
    const pairs = Object.create(null);
    for (const [index, line] of value.split(/\r?\n/).entries()) {
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            continue;
        const at = line.indexOf('=');
        const name = at === -1 ? '' : line.slice(0, at).trim();
        if (at === -1 || !key.pattern.test(name)) {
            // The line is named by its number only: it may hold a secret, not yet masked.
            const multiLine = input === 'environment' && index > 0
                ? '; a value that spans several lines (a PEM key, say) cannot be written as KEY=VALUE ' +
                    'lines: give environment as a JSON object instead, {"KEY": "first line\\nsecond line"}'
                : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${index + 1} is not KEY=VALUE with a valid key (${key.says})${multiLine}`);
        }
        pairs[name] = line.slice(at + 1);
    }
    return pairs;
}
/**
 * The action's fingerprint records (resources/code/fingerprint-record.ts and
 * resources/layer/fingerprint-record.ts), kept here as inputs import no resource.
 */
const ACTION_TAGS = [
    'lambda-deploy:code-fingerprint',
    'lambda-deploy:layer-fingerprint',
];
/** Lambda's limits on a tag's value; keys starting with aws: are AWS's own. */
const TAG_VALUE_MAX = 256;
function parseTags(value) {
    const tags = parsePairs('tags', value, TAG_KEY);
    for (const [key, tagValue] of Object.entries(tags)) {
        if (key.toLowerCase().startsWith('aws:')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tags', `'${key}': keys starting with 'aws:' are reserved for AWS`);
        }
        if (ACTION_TAGS.includes(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tags', `'${key}' is the action's own record of the ${key.endsWith('layer-fingerprint') ? "layer's" : "function's"} code (docs/speed.md); use another key`);
        }
        if (tagValue.length > TAG_VALUE_MAX) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tags', `the value of '${key}' is ${tagValue.length} characters, over Lambda's ${TAG_VALUE_MAX}`);
        }
    }
    return tags;
}


/***/ }),

/***/ 8463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ optionalChoice),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   KD: () => (/* binding */ inputLines),
/* harmony export */   Tu: () => (/* binding */ atMost),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   hq: () => (/* binding */ nonEmpty),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// How input values are read: booleans, whole numbers in a range, one of a set of words.

function parseChoice(input, value, choices, fallback) {
    if (value === '')
        return fallback;
    const choice = choices.find((candidate) => candidate === value);
    if (choice === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value}' is not one of ${choices.join(', ')}`);
    }
    return choice;
}
/** One of `choices`, or undefined when the input is not set. */
function optionalChoice(input, value, choices) {
    return value === '' ? undefined : parseChoice(input, value, choices, value);
}
function parseBoolean(input, value, fallback) {
    if (value === '')
        return fallback;
    // The YAML 1.2 core schema's spellings, as @actions/core's getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value}' is not true or false`);
}
function parseInteger(input, value, range) {
    if (value === '')
        return range.fallback;
    const accepted = `a whole number of ${range.unit} from ${range.min} to ${range.max}`;
    if (!/^\d+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value}' is not ${accepted}`);
    const number = Number(value);
    if (number < range.min || number > range.max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${value} is out of range: give ${accepted}`);
    }
    return number;
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
/** The non-blank lines of a list input, trimmed. */
function inputLines(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/** `items`, refused naming `input` when there are more than `max`: "lists 6 layers; a function takes at most 5". */
function atMost(input, items, max, limit) {
    if (items.length > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `lists ${items.length} ${limit.noun}; ${limit.holder} takes at most ${max}`);
    }
    return items;
}


/***/ }),

/***/ 5247:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ parseJsonOrYaml),
/* harmony export */   s: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(511);
// Files an input names in the workspace (smoke-test's @payload, config-file, manifest): read
// only when the file itself, links followed, is a regular file inside the workspace; parsed
// with errors that say where the text is wrong, never what it holds (it may hold a secret that
// is not masked yet). Messages name the input and the path as given, never a link's target.





/** Opened without following a link, and never waiting on a FIFO, where the platform has these. */
const { O_NOFOLLOW, O_NONBLOCK } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0);
/** The file's text, when it is a regular file of at most maxBytes inside the workspace. */
function readWorkspaceFile(file) {
    const shown = file.shown ?? `'${file.path}'`;
    const refuse = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file.input, `${shown} ${problem}`);
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file.workspace, file.path);
    if (!isInside(file.workspace, resolved)) {
        throw refuse(`is outside the workspace (${file.workspace})`);
    }
    try {
        // Links resolved in both: a link in the workspace may lead out of it, and the workspace
        // itself may be reached through one.
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(resolved);
        if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file.workspace), real)) {
            throw refuse('links to a file outside the workspace');
        }
        return readRegularFile(real, file, refuse);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw error;
        throw refuse(unreadable(error, resolved, file));
    }
}
/** Checks and reads through one descriptor, so the file checked is the file read. */
function readRegularFile(real, file, refuse) {
    const descriptor = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, OPEN_FLAGS);
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(descriptor);
        if (!stat.isFile())
            throw refuse('is not a file');
        if (stat.size > file.maxBytes)
            throw refuse(file.tooLarge(stat.size));
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(descriptor, 'utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(descriptor);
    }
}
function unreadable(error, resolved, file) {
    const code = error.code;
    if (code === 'EISDIR')
        return 'is not a file';
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        return `could not be read (${typeof code === 'string' ? code : 'not a valid path'})`;
    }
    return isLink(resolved)
        ? 'is a link to a file that does not exist'
        : (file.missing ?? 'was not found in the workspace');
}
function isLink(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function isInside(root, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
    return relative !== '' && !relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative);
}
/**
 * The document: JSON for .json, YAML for .yml and .yaml, otherwise JSON and then YAML. A key
 * that one mapping holds twice is refused in either, since only one of its values would count.
 */
function parseJsonOrYaml(text, source) {
    const extension = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(source.given).toLowerCase();
    if (extension === '.json')
        return parseJsonDocument(text, source);
    if (extension === '.yml' || extension === '.yaml')
        return parseYamlDocument(text, source);
    try {
        JSON.parse(text);
    }
    catch {
        return parseYamlDocument(text, source);
    }
    return parseJsonDocument(text, source);
}
function parseJsonDocument(text, source) {
    let document;
    try {
        document = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonText */ .lk)(text);
    }
    catch (error) {
        if (!(error instanceof _json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonSyntaxError */ .q3))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(source.input, `${source.given}: ${error.message}`);
    }
    refuseDuplicate((0,_json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .findDuplicateKey */ ._d)(text), source);
    return document;
}
function parseYamlDocument(text, source) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const invalid = (offset) => {
        const at = offset === undefined ? undefined : lines.linePos(offset);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(source.input, `${source.given}: is not valid YAML${at === undefined ? '' : ` (at line ${at.line} column ${at.col})`}`);
    };
    // The parser's messages quote the text: only the position of its first error is used.
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: false });
    const [error] = document.errors;
    if (error !== undefined)
        throw invalid(error.pos[0]);
    refuseDuplicate(yamlDuplicate(document.contents, '', lines), source);
    try {
        return document.toJS();
    }
    catch {
        // Too many aliases (a "billion laughs" document), say.
        throw invalid(undefined);
    }
}
/**
 * The first key a mapping holds twice, compared as the value's own keys will be (1 and '1' are
 * one key). Keys that are themselves mappings or lists are left to the checks of the value.
 */
function yamlDuplicate(node, at, lines) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node)) {
        for (const [index, item] of node.items.entries()) {
            const found = yamlDuplicate(item, `${at}[${index}]`, lines);
            if (found !== undefined)
                return found;
        }
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
        return undefined;
    const seen = new Map();
    for (const pair of node.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(pair.key) ? pair.key : undefined;
        const name = key === undefined ? undefined : keyName(key.value);
        const keyPath = name === undefined ? at : at === '' ? name : `${at}.${name}`;
        if (key !== undefined && name !== undefined) {
            const line = lines.linePos(key.range?.[0] ?? 0).line;
            const first = seen.get(name);
            if (first !== undefined)
                return { path: keyPath, firstLine: first, secondLine: line };
            seen.set(name, line);
        }
        const found = yamlDuplicate(pair.value, keyPath, lines);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** A scalar key as it becomes a key of the value: null is '', 1 is '1'. */
function keyName(value) {
    if (value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
function refuseDuplicate(duplicate, source) {
    if (duplicate === undefined)
        return;
    const { path: key, firstLine, secondLine } = duplicate;
    const lines = firstLine === secondLine
        ? `both on line ${firstLine}`
        : `line ${firstLine} and line ${secondLine}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(source.input, `${source.given}: key '${key}' appears twice (${lines})`);
}


/***/ }),

/***/ 5364:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runner/commands.ts
var commands = __nccwpck_require__(6342);
// EXTERNAL MODULE: ./src/runner/summary.ts
var summary = __nccwpck_require__(1070);
// EXTERNAL MODULE: ./src/action-io.ts + 1 modules
var action_io = __nccwpck_require__(7440);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/inputs.ts + 16 modules
var inputs = __nccwpck_require__(5504);
// EXTERNAL MODULE: ./src/inputs/config-file.ts + 3 modules
var config_file = __nccwpck_require__(195);
// EXTERNAL MODULE: ./src/inputs/function-target.ts
var function_target = __nccwpck_require__(8283);
// EXTERNAL MODULE: ./src/inputs/schema.ts + 11 modules
var inputs_schema = __nccwpck_require__(3992);
// EXTERNAL MODULE: ./src/inputs/values.ts
var values = __nccwpck_require__(8463);
;// CONCATENATED MODULE: ./src/inputs/fleet.ts
// manifest and regions: many deploys from one step. Each target (an entry of the manifest, or
// the step itself, in each region) gets a reader of its own, entry over defaults over the step's
// inputs, and goes through parseInputs exactly as a single deploy does; every target is checked
// before any AWS call, and an error names the manifest, the entry and the key.






const MANIFEST = 'manifest';
/**
 * Modes that are not a deploy: refused with a manifest or regions. Sorted, so that which one a
 * step setting both is told about does not hang on the schema's order (delete-alias first).
 */
const NOT_A_DEPLOY = (0,inputs_schema/* inputsWhere */.tz)(inputs_schema/* INPUT_SCHEMA */.Zd, (input) => input.where.manifest === 'one-alias').sort();
/** The code's three sources: one level (entry, defaults or step) gives all three. */
const CODE_INPUTS = ['source', 'zip-file', 'image-uri'];
/** How a mapping or list written for an input becomes its text (see ManifestValue). */
const MANIFEST_VALUES = new Map(inputs_schema/* INPUT_SCHEMA */.Zd.flatMap((input) => input.manifestValue === undefined ? [] : [[input.name, input.manifestValue]]));
/** What a manifest is told when it sets an input that only the step may set. */
const REFUSALS = {
    'step-only': 'is an input of the step, not of the manifest',
    'one-alias': "cannot be used in a manifest: it acts on one function's alias; use a step of its own",
    'whole-step': 'applies to the whole step: set it on the step',
};
/**
 * Why an entry of a manifest (or its defaults) may not set `key`, or undefined when it may:
 * every input of `schema` that is not the step's alone.
 */
function manifestKeyProblem(key, schema = inputs_schema/* INPUT_SCHEMA */.Zd) {
    const input = schema.find((candidate) => candidate.name === key);
    if (input === undefined) {
        return `is not an input of the action (${schema.length} inputs and group are accepted)`;
    }
    return input.where.manifest === true ? undefined : REFUSALS[input.where.manifest];
}
const DEFAULT_MAX_PARALLEL = 4;
const MAX_PARALLEL = 32;
/** A manifest is not a program: more entries than this are a wrong file. */
const MAX_ENTRIES = 1_000;
const REGION_PLACEHOLDER = /\{region\}/g;
/** True when the step deploys many targets: a manifest, regions (or a manifest-group). */
function isFleet(read) {
    return read('manifest') !== '' || read('regions') !== '' || read('manifest-group') !== '';
}
function parseFleet(read, env) {
    const maxParallel = (0,values/* parseInteger */.cG)('max-parallel', read('max-parallel'), {
        min: 1,
        max: MAX_PARALLEL,
        fallback: DEFAULT_MAX_PARALLEL,
        unit: 'deploys at once',
    });
    const regions = parseRegions(read('regions'));
    const given = read(MANIFEST);
    const group = read('manifest-group');
    if (group !== '' && given === '') {
        throw new errors/* InputError */.dz('manifest-group', 'needs manifest (the file whose entries it selects)');
    }
    for (const input of NOT_A_DEPLOY) {
        const set = input === 'delete-alias' ? (0,values/* parseBoolean */.yG)(input, read(input), false) : read(input) !== '';
        if (set) {
            throw new errors/* InputError */.dz(input, `cannot be used with ${given === '' ? 'regions' : 'manifest'}: it acts on one function's alias; use a step of its own`);
        }
    }
    if (regions !== undefined && read('region') !== '') {
        throw new errors/* InputError */.dz('region', 'cannot be used with regions, which lists the regions');
    }
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    const manifest = given === '' ? undefined : checkManifest(readManifest(given, workspace), regions !== undefined);
    const entries = manifest === undefined ? [undefined] : selectGroup(manifest.entries, group);
    const targets = [];
    const seen = new Map();
    for (const entry of entries) {
        for (const region of regions ?? [undefined]) {
            const target = buildTarget(read, env, manifest?.defaults ?? {}, entry, region);
            const label = regions === undefined ? target.name : `${target.name} in ${target.region}`;
            const key = `${target.name}\n${target.region}`;
            const earlier = seen.get(key);
            if (earlier !== undefined) {
                throw new errors/* InputError */.dz(MANIFEST, `${entry?.where ?? 'the step'}: deploys ${target.name} in ${target.region}, as ${earlier} does: give each function once`);
            }
            seen.set(key, entry?.where ?? 'the step');
            targets.push({ label, region: target.region, config: target.config });
        }
    }
    return { targets, maxParallel };
}
function parseRegions(value) {
    if (value === '')
        return undefined;
    const regions = (0,values/* inputLines */.KD)(value);
    const seen = new Set();
    for (const region of regions) {
        try {
            (0,function_target/* parseRegion */.cf)(region, undefined, {});
        }
        catch {
            throw new errors/* InputError */.dz('regions', `'${region}' is not an AWS region name such as eu-west-1`);
        }
        if (seen.has(region))
            throw new errors/* InputError */.dz('regions', `lists ${region} twice`);
        seen.add(region);
    }
    return regions;
}
function selectGroup(entries, group) {
    if (group === '')
        return entries;
    const selected = entries.filter((entry) => entry.group === group);
    if (selected.length === 0) {
        const groups = [...new Set(entries.flatMap((entry) => entry.group ?? []))];
        throw new errors/* InputError */.dz('manifest-group', `'${group}' is the group of no entry of manifest (${groups.length === 0 ? 'no entry has a group' : `its groups: ${groups.join(', ')}`})`);
    }
    return selected;
}
/** The target's reader, parsed; errors name the entry and the key. */
function buildTarget(read, env, defaults, entry, listedRegion) {
    const levels = [
        ...(entry === undefined ? [] : [{ level: entry.values, from: '' }]),
        { level: defaults, from: ' (from defaults)' },
    ];
    /** The raw value of `name` and where it came from: an entry, defaults, the step. */
    const lookup = (name) => {
        const has = (level, names) => names.some((input) => Object.hasOwn(level, input));
        const group = CODE_INPUTS.includes(name) ? CODE_INPUTS : [name];
        for (const { level, from } of levels) {
            if (has(level, group))
                return { value: level[name] ?? '', from };
        }
        return { value: read(name), from: undefined };
    };
    let region = listedRegion ?? '';
    const substituted = (name) => {
        if (name === 'region' && listedRegion !== undefined)
            return listedRegion;
        const { value } = lookup(name);
        return name === 'region' ? value : value.replace(REGION_PLACEHOLDER, region);
    };
    try {
        if (listedRegion === undefined) {
            const { arnRegion } = (0,function_target/* parseFunctionName */.RJ)(substituted('function-name'));
            region = (0,function_target/* parseRegion */.cf)(substituted('region'), arnRegion, env);
        }
        const config = (0,inputs/* parseInputs */.TL)(substituted, env);
        return { name: (0,function_target/* functionBaseName */.J$)(config.functionName), region: config.region, config };
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        const detail = error.message.slice(`Input '${error.input}': `.length);
        const inRegion = listedRegion === undefined ? '' : ` (in ${listedRegion})`;
        if (entry === undefined)
            throw new errors/* InputError */.dz(error.input, `${detail}${inRegion}`);
        const { from } = lookup(error.input);
        const source = from ?? (read(error.input) === '' ? '' : " (from the step's input)");
        throw new errors/* InputError */.dz(MANIFEST, `${entry.where}: ${error.input}${source}: ${detail}${inRegion}`);
    }
}
// ---------------------------------------------------------------------------------------
// The file.
function readManifest(given, workspace) {
    try {
        return (0,config_file/* readConfigFile */.RG)(given, workspace);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        const detail = error.message
            .slice(`Input '${error.input}': `.length)
            .replace(/; a function's settings come to far less than (\d+)$/, ', more than the $1 a manifest may have');
        throw new errors/* InputError */.dz(MANIFEST, detail);
    }
}
function checkManifest(document, withRegions) {
    if (!isMapping(document)) {
        throw new errors/* InputError */.dz(MANIFEST, `must hold a mapping with functions (and optionally defaults), not ${(0,config_file/* describeValue */.bp)(document)}`);
    }
    for (const key of Object.keys(document)) {
        if (key !== 'defaults' && key !== 'functions') {
            throw new errors/* InputError */.dz(MANIFEST, `unknown top-level key '${key}': a manifest holds defaults and functions`);
        }
    }
    const rawDefaults = document['defaults'] ?? {};
    if (!isMapping(rawDefaults)) {
        throw new errors/* InputError */.dz(MANIFEST, `defaults: is ${(0,config_file/* describeValue */.bp)(rawDefaults)}, not a mapping of inputs`);
    }
    const defaults = checkLevel(rawDefaults, 'defaults', withRegions, false);
    const functions = document['functions'];
    if (!Array.isArray(functions) || functions.length === 0) {
        throw new errors/* InputError */.dz(MANIFEST, `functions: is ${functions === undefined ? 'missing' : (0,config_file/* describeValue */.bp)(functions)}; give a list of entries, each with at least function-name`);
    }
    if (functions.length > MAX_ENTRIES) {
        throw new errors/* InputError */.dz(MANIFEST, `functions: lists ${functions.length} entries; a manifest takes at most ${MAX_ENTRIES} (split it with manifest-group)`);
    }
    const entries = functions.map((raw, index) => {
        const name = isMapping(raw) ? raw['function-name'] : undefined;
        const where = typeof name === 'string' && name.trim() !== ''
            ? `functions[${index}] (${name.trim()})`
            : `functions[${index}]`;
        if (!isMapping(raw)) {
            throw new errors/* InputError */.dz(MANIFEST, `${where}: is ${(0,config_file/* describeValue */.bp)(raw)}, not a mapping of inputs`);
        }
        const values = checkLevel(raw, where, withRegions, true);
        const group = raw['group'];
        if (group === undefined || group === null)
            return { where, values, group: undefined };
        if (typeof group !== 'string' || group.trim() === '') {
            throw new errors/* InputError */.dz(MANIFEST, `${where}: group: is ${(0,config_file/* describeValue */.bp)(group)}, not a group name`);
        }
        return { where, values, group: group.trim() };
    });
    return { defaults, entries };
}
/** One level's keys checked and its values turned into the inputs' text. */
function checkLevel(raw, where, withRegions, isEntry) {
    const values = {};
    for (const [key, value] of Object.entries(raw)) {
        const fail = (detail) => new errors/* InputError */.dz(MANIFEST, `${where}: ${key}: ${detail}`);
        if (key === 'group') {
            if (!isEntry)
                throw fail('belongs in an entry: it names the group of that entry');
            continue;
        }
        const problem = manifestKeyProblem(key);
        if (problem !== undefined)
            throw fail(problem);
        if (key === 'region' && withRegions) {
            throw fail('cannot be set with the regions input, which lists the regions');
        }
        values[key] = inputText(value, key, fail);
    }
    return values;
}
/** A manifest value as the input's text; an empty one ('' or no value) unsets the input. */
function inputText(value, key, fail) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    const structured = MANIFEST_VALUES.get(key);
    if (structured === 'json')
        return JSON.stringify(value);
    if (structured === 'json-object' && isMapping(value)) {
        // As a JSON object, with numbers and booleans as their text, as YAML users write them.
        return JSON.stringify(Object.fromEntries(Object.entries(value).map(([name, variable]) => [
            name,
            typeof variable === 'number' || typeof variable === 'boolean'
                ? String(variable)
                : variable,
        ])));
    }
    if (structured === 'key-value-lines' && isMapping(value)) {
        return Object.entries(value)
            .map(([name, tag]) => `${name}=${single(tag, name, fail)}`)
            .join('\n');
    }
    if (Array.isArray(value)) {
        return value.map((item, index) => single(item, `[${index}]`, fail)).join('\n');
    }
    throw fail(`is ${(0,config_file/* describeValue */.bp)(value)}; give a string, a number, true or false, or a list`);
}
function single(value, at, fail) {
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (typeof value !== 'string')
        throw fail(`${at} is ${(0,config_file/* describeValue */.bp)(value)}, not a single value`);
    if (/[\r\n]/.test(value))
        throw fail(`${at} holds a line break`);
    return value.trim();
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/package/build-code.ts + 19 modules
var build_code = __nccwpck_require__(750);
// EXTERNAL MODULE: ./src/resources/code/fingerprint-record.ts
var fingerprint_record = __nccwpck_require__(9885);
// EXTERNAL MODULE: ./src/resources/layer/fingerprint-record.ts
var layer_fingerprint_record = __nccwpck_require__(8029);
// EXTERNAL MODULE: ./src/package/package-outputs.ts
var package_outputs = __nccwpck_require__(3755);
// EXTERNAL MODULE: ./src/apply/rollout/guard.ts
var rollout_guard = __nccwpck_require__(5539);
// EXTERNAL MODULE: ./src/phases.ts
var src_phases = __nccwpck_require__(119);
// EXTERNAL MODULE: ./src/run-state.ts
var run_state = __nccwpck_require__(518);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __nccwpck_require__(7194);
;// CONCATENATED MODULE: ./src/main.ts














/**
 * Reads the inputs and, for a deploy, starts building the package at once. The AWS SDK and
 * all the rest (run-modes.ts) load meanwhile, while the worker threads deflate: the step
 * does not wait for code it needs only later.
 */
async function run() {
    const phases = new src_phases/* Phases */.V((name, work) => commands.group(name, work));
    // A cancel outside a traffic shift ends the step, saying what the run had changed.
    const guard = (0,rollout_guard/* rolloutGuard */.T_)(action_io/* log */.R);
    guard.describeState(() => (0,run_state/* stateAtPhase */.y)(phases.last));
    guard.beforeExit((message) => summarizeFailure(new Error(message), phases));
    guard.install();
    (0,secrets/* maskCredentials */.Bs)(process.env);
    // Loaded once the inputs parse: a bad input fails without compiling the AWS SDK.
    const loadModes = () => {
        const loading = Promise.all(/* import() */[__nccwpck_require__.e(696), __nccwpck_require__.e(507), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5171));
        // Awaited by the caller; until then a failure to load must not count as unhandled.
        loading.catch(() => undefined);
        return loading;
    };
    try {
        const read = (name) => commands.getInput(name);
        // A manifest or regions first: it refuses rollback-to and delete-alias itself.
        if (isFleet(read)) {
            const config = parseFleet(read, process.env);
            await (await loadModes()).fleet(config, phases);
        }
        else if ((0,inputs/* isRollback */.z1)(read)) {
            const config = (0,inputs/* parseRollbackInputs */.hy)(read, process.env);
            await (await loadModes()).rollback(config, phases);
        }
        else if ((0,inputs/* isCleanup */.FV)(read)) {
            const config = (0,inputs/* parseCleanupInputs */.ZY)(read, process.env);
            await (await loadModes()).removePreview(config, phases);
        }
        else {
            const config = (0,inputs/* parseInputs */.TL)(read, process.env);
            const loaded = loadModes();
            // config-file's ignored keys: names only, never a value.
            for (const notice of config.notices)
                commands.notice(notice);
            // Before anything is printed; values that could be part of the ARN wait for it.
            (0,secrets/* maskEnvironment */.M2)(config, Object.values(config.settings.environment ?? {}), undefined);
            let sourceChecked = () => undefined;
            const checked = new Promise((resolve) => (sourceChecked = resolve));
            // The function as the deploy reads it, for the build to skip an unchanged tree.
            let functionRead = () => undefined;
            const functionAsRead = new Promise((resolve) => {
                functionRead = (found, layer) => {
                    resolve({ found, ...(layer ? { layer } : {}) });
                };
            });
            const architecture = config.settings.architecture;
            const { layer } = config;
            const building = (0,build_code/* buildCode */.QE)(config, (0,inputs/* functionBaseName */.J$)(config.functionName), phases, action_io/* log */.R, (pkg) => {
                (0,action_io/* setOutputs */.n)((0,package_outputs/* packageOutputs */.P)(pkg));
            }, undefined, () => {
                sourceChecked();
            }, config.skipUnchanged
                ? {
                    code: async (fingerprint) => (0,fingerprint_record/* recordedPackage */.Dk)((await functionAsRead).found, fingerprint, architecture, config.extras.codeStorage),
                    layer: layer === undefined
                        ? undefined
                        : async (fingerprint) => {
                            const { found, layer: reader } = await functionAsRead;
                            return (0,layer_fingerprint_record/* recordedLayer */.Uk)(found, fingerprint, layer, reader);
                        },
                }
                : {});
            building.catch(() => undefined);
            await (await loaded).deploy(config, phases, { building, checked, functionRead });
        }
    }
    catch (error) {
        try {
            (0,action_io/* setOutputs */.n)((0,errors/* failureOutputs */.rd)(error));
        }
        catch (outputError) {
            action_io/* log */.R.warning((0,errors/* errorMessage */.gJ)(outputError));
        }
        if (!(0,errors/* isSummarized */.k2)(error))
            await summarizeFailure(error, phases);
        commands.setFailed((0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(error)));
    }
}
/** The job summary of a failed run that wrote none of its own. */
async function summarizeFailure(error, phases) {
    try {
        const { writeFailureSummary } = await __nccwpck_require__.e(/* import() */ 304).then(__nccwpck_require__.bind(__nccwpck_require__, 3304));
        const { summaryOrWarning } = await __nccwpck_require__.e(/* import() */ 60).then(__nccwpck_require__.bind(__nccwpck_require__, 4060));
        await writeFailureSummary(summaryOrWarning(summary/* summary */.z, action_io/* log */.R, process.env), {
            subject: commands.getInput('function-name') || 'lambda-deploy',
            error,
            phase: phases.last,
            alias: undefined,
        }, phases.timings);
    }
    catch (summaryError) {
        action_io/* log */.R.warning(`no job summary: ${(0,errors/* errorMessage */.gJ)(summaryError)}`);
    }
}


/***/ }),

/***/ 5025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ memo)
/* harmony export */ });
/** The promise `work` made for `key` the first time it was asked for; `work` runs once per key. */
function memo(cache, key, work) {
    let entry = cache.get(key);
    if (entry === undefined) {
        entry = work();
        cache.set(key, entry);
    }
    return entry;
}


/***/ }),

/***/ 750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  QE: () => (/* binding */ buildCode),
  NL: () => (/* binding */ checkedSize),
  YO: () => (/* binding */ sharedPackageCache)
});

// UNUSED EXPORTS: newPackageCache

// EXTERNAL MODULE: ./src/resources/code/upload-route.ts
var upload_route = __nccwpck_require__(6702);
// EXTERNAL MODULE: ./src/memo.ts
var memo = __nccwpck_require__(5025);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/package/file-changed.ts
/**
 * The file's size or modification time differs from the walk's, or it holds more or fewer
 * bytes than the walk counted: what was counted (against Lambda's limit, in the summary)
 * would not be what the zip holds.
 */
class FileChangedError extends Error {
    path;
    name = 'FileChangedError';
    constructor(path) {
        super(`'${path}' changed while it was being packaged (its size or modification time is not ` +
            'what it was when the directory was listed); package a directory that no other ' +
            'process is writing to');
        this.path = path;
    }
}
/** Whether `stats`, read from the open file, still match what the walk saw. */
function sameAsWalked(stats, expected) {
    return stats.size === expected.size && stats.mtimeMs === expected.mtimeMs;
}

;// CONCATENATED MODULE: ./src/package/zip-format.ts
// The byte layouts of the zip format (PKWARE APPNOTE 6.3) that the writer emits.
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** General purpose flag bits: sizes and CRC follow the data (bit 3); the name is UTF-8 (bit 11). */
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** Made by Unix (3), spec version 2.0: how readers know the external attributes hold a Unix mode. */
const VERSION_MADE_BY = (3 << 8) | 20;
const VERSION_NEEDED = 20;
const VERSION_NEEDED_ZIP64 = 45;
/** 1980-01-01 00:00:00 in MS-DOS date and time fields. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** The file type bits of a Unix mode, as stored in the high half of the external attributes. */
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const FILE_TYPE_BITS = { file: S_IFREG, directory: S_IFDIR, symlink: S_IFLNK };
const MSDOS_DIRECTORY = 0x10;
function flags(entry) {
    return FLAG_UTF8 | (entry.streamed ? FLAG_DATA_DESCRIPTOR : 0);
}
function localFileHeader(entry) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION_NEEDED, 4);
    header.writeUInt16LE(flags(entry), 6);
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    // A streamed entry's CRC and sizes are not known yet: zero here, in the descriptor after the data.
    header.writeUInt32LE(entry.streamed ? 0 : entry.crc32, 14);
    header.writeUInt32LE(entry.streamed ? 0 : entry.compressedSize, 18);
    header.writeUInt32LE(entry.streamed ? 0 : entry.uncompressedSize, 22);
    header.writeUInt16LE(entry.name.length, 26);
    header.writeUInt16LE(0, 28);
    return Buffer.concat([header, entry.name]);
}
function dataDescriptor(entry) {
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc32, 4);
    descriptor.writeUInt32LE(entry.compressedSize, 8);
    descriptor.writeUInt32LE(entry.uncompressedSize, 12);
    return descriptor;
}
function centralDirectoryHeader(entry) {
    const header = Buffer.alloc(46);
    const isDirectory = entry.type === 'directory';
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    header.writeUInt16LE(VERSION_NEEDED, 6);
    header.writeUInt16LE(flags(entry), 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(entry.crc32, 16);
    header.writeUInt32LE(entry.compressedSize, 20);
    header.writeUInt32LE(entry.uncompressedSize, 24);
    header.writeUInt16LE(entry.name.length, 28);
    // extra field length, comment length, disk number start, internal attributes: all 0
    header.writeUInt32LE((((FILE_TYPE_BITS[entry.type] | entry.mode) << 16) | (isDirectory ? MSDOS_DIRECTORY : 0)) >>> 0, 38);
    header.writeUInt32LE(entry.localHeaderOffset, 42);
    return Buffer.concat([header, entry.name]);
}
/**
 * The end records. Sizes and offsets always fit 32 bits (a Lambda package is far smaller
 * than 4 GiB), but more than 65,535 entries need the Zip64 end record and its locator.
 */
function endOfCentralDirectory(entryCount, directorySize, directoryOffset) {
    const needsZip64 = entryCount > 0xffff;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(entryCount, 0xffff), 8);
    end.writeUInt16LE(Math.min(entryCount, 0xffff), 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(directoryOffset, 16);
    if (!needsZip64)
        return end;
    const zip64End = Buffer.alloc(56);
    zip64End.writeUInt32LE(0x06064b50, 0);
    zip64End.writeBigUInt64LE(44n, 4); // size of the rest of this record
    zip64End.writeUInt16LE(VERSION_MADE_BY, 12);
    zip64End.writeUInt16LE(VERSION_NEEDED_ZIP64, 14);
    zip64End.writeBigUInt64LE(BigInt(entryCount), 24);
    zip64End.writeBigUInt64LE(BigInt(entryCount), 32);
    zip64End.writeBigUInt64LE(BigInt(directorySize), 40);
    zip64End.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
    locator.writeUInt32LE(1, 16); // total number of disks
    return Buffer.concat([zip64End, locator, end]);
}

;// CONCATENATED MODULE: ./src/package/deflate-workers.ts






/**
 * The worker's module (./deflate-worker/index.ts), compiled, at the same path from this
 * module's code wherever that runs: tsc writes it next to deflate-workers.js, and
 * `npm run bundle` writes dist/deflate-worker/index.js next to dist/index.js, which holds
 * this module. A variable, not a literal in `new URL(...)`, so that ncc leaves it to be
 * resolved at run time rather than copying the TypeScript source as an asset.
 */
const COMPILED_WORKER = './deflate-worker/index.js';
/**
 * The committed bundle of the worker, as seen from this module's TypeScript source: where a
 * run of the sources (GitHub's local-action, tsx) finds a worker, since a worker thread
 * started from a `.ts` file has no compiled module next to it.
 */
const BUNDLED_WORKER = '../../dist/deflate-worker/index.js';
/**
 * The worker to start when nothing else is set: the compiled one next to `moduleUrl`, or,
 * when `moduleUrl` is a TypeScript source with none beside it, dist/'s bundle of it.
 */
function defaultWorkerScript(moduleUrl = import.meta.url, exists = external_node_fs_.existsSync) {
    const compiled = new URL(COMPILED_WORKER, moduleUrl);
    if (!/\.[cm]?ts$/.test(new URL(moduleUrl).pathname) || exists(compiled))
        return compiled;
    const bundled = new URL(BUNDLED_WORKER, moduleUrl);
    return exists(bundled) ? bundled : compiled;
}
let workerScript = defaultWorkerScript();
/**
 * Starts the workers from `script` from now on. For tests that run the TypeScript sources,
 * where no compiled worker lies next to this module and a worker thread cannot load
 * TypeScript: they compile the same worker module elsewhere and point here.
 */
function useDeflateWorkerScript(script) {
    workerScript = script;
}
function toCompressed(result, batch) {
    return {
        method: result.deflated ? METHOD_DEFLATED : METHOD_STORED,
        crc32: result.crc32,
        data: Buffer.from(batch, result.offset, result.length),
        uncompressedSize: result.size,
    };
}
/**
 * One worker thread per core, each given whole batches of files in turn to read and
 * deflate (or hash); each batch's results come back in the order of its paths.
 */
class WorkerDeflater {
    script;
    workers;
    jobs = new Map();
    nextId = 0;
    /** Set when a worker failed (it could not start, say): every later batch fails with it. */
    failed;
    /** The threads start at once and boot while the caller goes on (walking the tree, say). */
    constructor(threads = Math.max(1, Math.min(external_node_os_default().availableParallelism(), 8)), script = workerScript) {
        this.script = script;
        this.workers = Array.from({ length: threads }, () => this.startWorker());
    }
    /** Reads each file as the walk saw it, or fails with a FileChangedError. */
    async deflate(files, level) {
        const index = this.nextId % this.workers.length;
        const answer = await this.ask(index, (id) => ({ id, files, level }));
        if (!('results' in answer))
            throw new Error('the deflate worker answered a deflate with hashes');
        const compressed = answer.results.map((result) => toCompressed(result, answer.batch));
        return { files: compressed, buffer: answer.batch, worker: index };
    }
    /** Each file's SHA-256 (hex), read as the walk saw it, or a FileChangedError. */
    async hash(files) {
        const index = this.nextId % this.workers.length;
        const answer = await this.ask(index, (id) => ({ id, hash: files }));
        if (!('hashes' in answer))
            throw new Error('the deflate worker answered a hash with a batch');
        return answer.hashes;
    }
    ask(index, request) {
        if (this.failed !== undefined)
            return Promise.reject(this.failed);
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.jobs.set(id, { resolve, reject });
            this.workers[index]?.postMessage(request(id));
        });
    }
    /**
     * Hands a batch's buffer back to its worker once its data is written, to be filled
     * again: otherwise it would wait for the main thread's garbage collector, which runs
     * seldom here, and memory would grow with the tree.
     */
    recycle(batch) {
        const message = { recycled: batch.buffer };
        this.workers[batch.worker]?.postMessage(message, [batch.buffer]);
    }
    async close() {
        await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
    startWorker() {
        const worker = new external_node_worker_threads_.Worker(this.script, {
            // Not the parent's flags (a loader, --input-type, an inspector port): the worker is
            // plain compiled JavaScript and needs none.
            execArgv: [],
            // Read and deflated buffers are freed only when the young generation is collected;
            // kept small, it is collected often (peak memory on 150 MB of files: 340 MB -> 270 MB).
            // The old generation, left to grow, took 40 MB more per thread on 150 MB of files
            // before a full collection: what a thread keeps is off its heap (file data, batch
            // buffers), so a small heap costs only more frequent collections.
            resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 },
        });
        worker.on('message', (message) => {
            const job = this.jobs.get(message.id);
            this.jobs.delete(message.id);
            if (message.error !== undefined) {
                const { changed, ...failure } = message.error;
                job?.reject(changed && failure.path !== undefined
                    ? new FileChangedError(failure.path)
                    : Object.assign(new Error(failure.message), failure));
            }
            else {
                job?.resolve(message);
            }
        });
        worker.on('error', (error) => {
            this.failed ??= new Error(`The deflate worker ${(0,external_node_url_.fileURLToPath)(this.script)} failed: ${error.message}`, { cause: error });
            for (const job of this.jobs.values())
                job.reject(this.failed);
            this.jobs.clear();
        });
        return worker;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/package/parallel-deflate.ts


const EMPTY = {
    method: METHOD_STORED,
    crc32: 0,
    data: Buffer.alloc(0),
    uncompressedSize: 0,
};
/**
 * Reads and deflates the entries on worker threads, batches of consecutive files at a
 * time, and yields them in their original order.
 */
async function* deflateInOrder(entries, deflater, limits) {
    const batches = intoBatches(entries, limits);
    const inFlight = [];
    let bytesInFlight = 0;
    let next = 0;
    while (next < batches.length || inFlight.length > 0) {
        for (let batch = batches[next]; batch !== undefined; batch = batches[next]) {
            if (inFlight.length > 0 && bytesInFlight + batch.bytes > limits.maxBytesInFlight)
                break;
            const files = compressible(batch, limits).map(expectedFile);
            const result = deflater.deflate(files, limits.level);
            // Awaited in order below; until then a failure must not count as unhandled.
            result.catch(() => undefined);
            inFlight.push({ batch, result });
            bytesInFlight += batch.bytes;
            next++;
        }
        const oldest = inFlight.shift();
        if (oldest === undefined)
            break;
        const deflated = await oldest.result;
        bytesInFlight -= oldest.batch.bytes;
        // The consumer has written each entry before it asks for the next one.
        yield* inEntryOrder(oldest.batch, deflated.files, limits);
        deflater.recycle(deflated);
    }
}
function* inEntryOrder(batch, compressed, limits) {
    let index = 0;
    for (const entry of batch.entries) {
        if (entry.linkTarget !== undefined)
            yield { entry, compressed: stored(entry.linkTarget) };
        else if (entry.stats.isDirectory())
            yield { entry, compressed: EMPTY };
        else if (streams(entry, limits))
            yield { entry, compressed: undefined };
        else
            yield { entry, compressed: compressed[index++] };
    }
}
/** A link's data is its target, stored, as `zip -y` writes it. */
function stored(text) {
    const data = Buffer.from(text, 'utf8');
    return { method: METHOD_STORED, crc32: (0,external_node_zlib_.crc32)(data), data, uncompressedSize: data.length };
}
/** What the file must still be when it is read: as the walk saw it. */
function expectedFile(entry) {
    return { path: entry.absolutePath, size: entry.stats.size, mtimeMs: entry.stats.mtimeMs };
}
function compressible(batch, limits) {
    return batch.entries.filter((entry) => entry.stats.isFile() && !streams(entry, limits));
}
function streams(entry, limits) {
    return entry.stats.isFile() && entry.stats.size > limits.streamAbove;
}
/** The batches of `entries` the threads take in turn, the same for the same entries. */
function intoBatches(entries, limits) {
    const batches = [];
    let current = [];
    let bytes = 0;
    for (const entry of entries) {
        const size = entry.stats.isFile() && !streams(entry, limits) ? entry.stats.size : 0;
        if (current.length >= limits.batchFiles ||
            (current.length > 0 && bytes + size > limits.batchBytes)) {
            batches.push({ entries: current, bytes });
            current = [];
            bytes = 0;
        }
        current.push(entry);
        bytes += size;
    }
    if (current.length > 0)
        batches.push({ entries: current, bytes });
    return batches;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/package/compression-choice.ts


/** Formats that are compressed already: deflate cannot shrink them, so it is not tried. */
const COMPRESSED_FORMATS = new Set([
    '.7z',
    '.avif',
    '.br',
    '.bz2',
    '.gif',
    '.gz',
    '.jar',
    '.jpeg',
    '.jpg',
    '.m4a',
    '.mp3',
    '.mp4',
    '.ogg',
    '.png',
    '.tgz',
    '.webm',
    '.webp',
    '.woff',
    '.woff2',
    '.xz',
    '.zip',
    '.zst',
]);
/** Files this large are probed before deflate spends its time on them. */
const PROBE_FROM_BYTES = 256 * 1024;
const SAMPLE_BYTES = 32 * 1024;
/** A sample that level 1 shrinks by less than this is taken for incompressible data. */
const INCOMPRESSIBLE_RATIO = 0.98;
/**
 * True when the file is to be stored without trying deflate: a compressed format by its
 * name, or a large file whose start, middle and end level-1 deflate cannot shrink. Either
 * way deflate would have kept it as it is (or all but), so the zip's size barely changes
 * and the time of a full deflate is saved.
 */
function storeUntried(path, data) {
    if (COMPRESSED_FORMATS.has(extname(path).toLowerCase()))
        return true;
    if (data.length < PROBE_FROM_BYTES)
        return false;
    const middle = Math.floor((data.length - SAMPLE_BYTES) / 2);
    return [0, middle, data.length - SAMPLE_BYTES].every((start) => {
        const sample = data.subarray(start, start + SAMPLE_BYTES);
        return deflateRawSync(sample, { level: 1 }).length >= sample.length * INCOMPRESSIBLE_RATIO;
    });
}
/** Files this large are deflated one level lower than the rest. */
const LOWER_LEVEL_FROM_BYTES = 32 * 1024;
/** Every constant that decides how a file is compressed: part of a tree's fingerprint. */
const COMPRESSION_SETTINGS = {
    storedFormats: [...COMPRESSED_FORMATS].sort(),
    probeFromBytes: PROBE_FROM_BYTES,
    sampleBytes: SAMPLE_BYTES,
    incompressibleRatio: INCOMPRESSIBLE_RATIO,
    lowerLevelFromBytes: LOWER_LEVEL_FROM_BYTES,
};
/**
 * The deflate level for a file of `size` bytes, `level` being the one for smaller files.
 * Measured on the 44 MB node_modules-like tree of npm run bench:deploy: one level lower
 * (4 for 5) from 32 KiB up deflates the tree in 90 % of the time, the zip 1.2 % larger
 * than Info-ZIP's -6 (from 16 KiB: 84 %, 1.8 % larger). On small files a lower level
 * saves little: starting deflate costs as much as its search.
 */
function levelFor(size, level) {
    return size >= LOWER_LEVEL_FROM_BYTES ? Math.max(1, level - 1) : level;
}

;// CONCATENATED MODULE: ./src/package/zip-file-writer.ts







const WRITE_BUFFER_BYTES = 1024 * 1024;
/**
 * Writes a zip file front to back, entry by entry in the order given, computing the
 * SHA-256 of exactly the bytes written.
 */
class ZipFileWriter {
    file;
    hash = (0,external_node_crypto_.createHash)('sha256');
    records = [];
    offset = 0;
    pending = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    pendingBytes = 0;
    constructor(file) {
        this.file = file;
    }
    static async create(path) {
        return new ZipFileWriter(await (0,promises_.open)(path, 'w'));
    }
    /** An entry whose data is already compressed (or stored), with its CRC and sizes known. */
    async add(head, compressed) {
        const record = {
            ...head,
            method: compressed.method,
            crc32: compressed.crc32,
            compressedSize: compressed.data.length,
            uncompressedSize: compressed.uncompressedSize,
            streamed: false,
            localHeaderOffset: this.offset,
        };
        this.records.push(record);
        await this.write(localFileHeader(record));
        await this.write(compressed.data);
    }
    /**
     * A file too large to hold in memory: deflated as it is read, its CRC and sizes after
     * the data. Exactly the bytes the walk counted are read, from a file that still has the
     * walk's size and modification time before and after; otherwise a FileChangedError.
     */
    async addStreamed(head, file, level) {
        const source = await (0,promises_.open)(file.path, 'r');
        try {
            if (!sameAsWalked(await source.stat(), file))
                throw new FileChangedError(file.path);
            const start = {
                ...head,
                method: METHOD_DEFLATED,
                crc32: 0,
                compressedSize: 0,
                uncompressedSize: 0,
                streamed: true,
                localHeaderOffset: this.offset,
            };
            await this.write(localFileHeader(start));
            let checksum = 0;
            let uncompressedSize = 0;
            let compressedSize = 0;
            await (0,external_node_stream_promises_namespaceObject.pipeline)(
            // Never past the size the walk counted, even if the file grew meanwhile.
            source.createReadStream({ start: 0, end: file.size - 1, autoClose: false }), async function* (chunks) {
                for await (const chunk of chunks) {
                    checksum = (0,external_node_zlib_.crc32)(chunk, checksum);
                    uncompressedSize += chunk.length;
                    yield chunk;
                }
            }, (0,external_node_zlib_.createDeflateRaw)({ level: levelFor(file.size, level) }), async (compressedChunks) => {
                for await (const chunk of compressedChunks) {
                    compressedSize += chunk.length;
                    await this.write(chunk);
                }
            });
            const probe = await source.read(Buffer.alloc(1), 0, 1, file.size);
            if (uncompressedSize !== file.size ||
                probe.bytesRead !== 0 ||
                !sameAsWalked(await source.stat(), file)) {
                throw new FileChangedError(file.path);
            }
            const record = { ...start, crc32: checksum, compressedSize, uncompressedSize };
            this.records.push(record);
            await this.write(dataDescriptor(record));
        }
        finally {
            await source.close();
        }
    }
    /** Writes the central directory, closes the file and returns its SHA-256 and size. */
    async finish() {
        const directoryOffset = this.offset;
        for (const record of this.records)
            await this.write(centralDirectoryHeader(record));
        const directorySize = this.offset - directoryOffset;
        await this.write(endOfCentralDirectory(this.records.length, directorySize, directoryOffset));
        await this.flush();
        await this.file.close();
        return { sha256: this.hash.digest(), size: this.offset };
    }
    /** Closes the file after a failure; the caller removes it. */
    async abort() {
        await this.file.close().catch(() => undefined);
    }
    /**
     * Bytes are copied into one reusable buffer and written out when it is full, so a tree
     * of small files costs few system calls and no caller's buffer is held after it returns.
     */
    async write(bytes) {
        this.hash.update(bytes);
        this.offset += bytes.length;
        if (this.pendingBytes + bytes.length > this.pending.length)
            await this.flush();
        if (bytes.length >= this.pending.length) {
            await this.writeFully(bytes);
        }
        else {
            bytes.copy(this.pending, this.pendingBytes);
            this.pendingBytes += bytes.length;
        }
    }
    async flush() {
        const full = this.pending.subarray(0, this.pendingBytes);
        this.pendingBytes = 0;
        await this.writeFully(full);
    }
    async writeFully(bytes) {
        for (let rest = bytes; rest.length > 0;) {
            const { bytesWritten } = await this.file.write(rest);
            rest = rest.subarray(bytesWritten);
        }
    }
}

;// CONCATENATED MODULE: ./src/package/deterministic-zip.ts



const LIMITS = {
    // For files under 32 KiB; larger ones one lower (compression-choice.ts). Measured on a
    // 44 MB node_modules-like tree: level 5 deflates in 80 % of level 6's time for 1 % more
    // compressed bytes.
    level: 5,
    streamAbove: 16 * 1024 * 1024,
    batchBytes: 256 * 1024,
    batchFiles: 64,
    maxBytesInFlight: 16 * 1024 * 1024,
};
/**
 * Writes `entries`, in the order given, to a zip at `outputPath` whose bytes depend only
 * on the entries' names, contents and owner exec bits: no timestamps but 1980-01-01, no
 * owners, no extra fields. The SHA-256 is computed as the bytes are written.
 */
async function writeDeterministicZip(entries, outputPath, deflater, onEntryWritten = () => undefined) {
    const writer = await ZipFileWriter.create(outputPath);
    try {
        for await (const { entry, compressed } of deflateInOrder(entries, deflater, LIMITS)) {
            const head = { name: entry.nameBytes, type: entryType(entry), mode: zipMode(entry) };
            if (compressed === undefined) {
                await writer.addStreamed(head, expectedFile(entry), LIMITS.level);
            }
            else {
                await writer.add(head, compressed);
            }
            onEntryWritten(entry);
        }
        return await writer.finish();
    }
    catch (error) {
        await writer.abort();
        await (0,promises_.rm)(outputPath, { force: true });
        throw error;
    }
}
function entryType(entry) {
    if (entry.linkTarget !== undefined)
        return 'symlink';
    return entry.stats.isDirectory() ? 'directory' : 'file';
}
/**
 * 0755 for directories and for files their owner may execute, 0644 for every other file,
 * 0777 for a link (as `zip -y` stores it; a link's own mode means nothing on Linux).
 */
function zipMode(entry) {
    if (entry.linkTarget !== undefined)
        return 0o777;
    const ownerExecutes = (entry.stats.mode & 0o100) !== 0;
    return entry.stats.isDirectory() || ownerExecutes ? 0o755 : 0o644;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/package/path-filter.ts

function pathFilter(include, exclude) {
    const includes = rules(include);
    const excludes = rules(exclude);
    const tracked = include.map((text) => ({
        text,
        alone: rules([normalize(text).replace(/^!/, '')]),
        matched: false,
    }));
    return {
        isExcluded: (path, isDirectory) => exclude.length > 0 && excludes.ignores(asked(path, isDirectory)),
        isIncluded: (path, isDirectory) => {
            if (include.length === 0)
                return true;
            const name = asked(path, isDirectory);
            for (const pattern of tracked) {
                if (!pattern.matched && pattern.alone.ignores(name))
                    pattern.matched = true;
            }
            return includes.ignores(name);
        },
        unmatchedIncludes: () => tracked.filter((pattern) => !pattern.matched).map((p) => p.text),
    };
}
/** The `ignore` library tells a directory by its trailing slash. */
function asked(path, isDirectory) {
    return isDirectory ? `${path}/` : path;
}
function rules(patterns) {
    // Case-sensitive, as git and Lambda's file system are on Linux.
    return ignore_default()({ ignorecase: false }).add(patterns.map(normalize));
}
/**
 * './dist' is how many write "dist at the top": in a .gitignore it would match nothing,
 * so it is read as the anchored '/dist'.
 */
function normalize(pattern) {
    return pattern.replace(/^(!?)(?:\.\/)+/, '$1/');
}

// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(6264);
;// CONCATENATED MODULE: ./src/package/progress.ts

const INTERVAL_MS = 5_000;
/** Logs how far packaging has got, at most once every few seconds. */
class PackagingProgress {
    totalFiles;
    totalBytes;
    log;
    now;
    files = 0;
    bytes = 0;
    lastLog;
    constructor(totalFiles, totalBytes, log, now = Date.now) {
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        this.log = log;
        this.now = now;
        this.lastLog = now();
    }
    fileDone(size) {
        this.files++;
        this.bytes += size;
        if (this.now() - this.lastLog < INTERVAL_MS)
            return;
        this.lastLog = this.now();
        this.log.info(`Packaged ${(0,format/* formatCount */.B4)(this.files)} of ${(0,format/* formatCount */.B4)(this.totalFiles)} files, ` +
            `${(0,format/* formatMebibytes */._C)(this.bytes)} of ${(0,format/* formatMebibytes */._C)(this.totalBytes)}`);
    }
}

;// CONCATENATED MODULE: ./src/package/hashing.ts

const CHUNK_BYTES = 1024 * 1024;
/**
 * The SHA-256 and size of an open file, read from its start to its end, leaving it open:
 * the file checked is the file hashed, even if its path is replaced meanwhile.
 */
async function hashOpenFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let size = 0;
    for (;;) {
        const { bytesRead } = await file.read(buffer, 0, buffer.length, size);
        if (bytesRead === 0)
            break;
        hash.update(buffer.subarray(0, bytesRead));
        size += bytesRead;
    }
    return { sha256: hash.digest(), size };
}

;// CONCATENATED MODULE: ./src/package/link-target.ts
/**
 * Whether a link stored at `name` (a path inside the zip, '/'-separated) with the target
 * text `target` would point outside the directory the zip is unpacked into: an absolute
 * target, or '..' steps that climb above the root at any point. Backslashes count as
 * separators too, as some unzip tools read them so.
 */
function linkLeavesRoot(name, target) {
    if (target === '' || /^(?:[/\\]|[a-zA-Z]:)/.test(target))
        return true;
    const steps = [...name.split('/').slice(0, -1), ...target.split(/[/\\]/)];
    let depth = 0;
    for (const step of steps) {
        if (step === '..')
            depth--;
        else if (step !== '.' && step !== '')
            depth++;
        if (depth < 0)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/package/source-tree.ts




/** Directories that are never part of a deployment package. */
const ALWAYS_EXCLUDED = new Set(['.git']);
/**
 * Every file below `root` that the filter keeps, and every kept empty directory, sorted
 * by the bytes of their names so the same tree always lists the same way. Symbolic links
 * are followed, or kept as links, when they stay inside `root` (and the policy allows
 * links at all).
 */
function listSourceTree(root, options) {
    const rootStats = attempt(() => (0,external_node_fs_.statSync)(root), (reason) => new errors/* InputError */.dz(options.input, `'${root}' cannot be read: ${reason}`));
    if (!rootStats.isDirectory()) {
        throw new errors/* InputError */.dz(options.input, `'${root}' is not a directory`);
    }
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const entries = [];
    const context = { ...options, realRoot, entries };
    walk(context, { name: '', absolutePath: external_node_path_default().resolve(root), ancestors: [realRoot] });
    return entries.sort((a, b) => Buffer.compare(a.nameBytes, b.nameBytes));
}
// Synchronous on purpose: nothing else runs meanwhile, and a stat is then a plain system
// call instead of a round trip through the thread pool (about 8x faster on 20,000 files).
function walk(context, directory) {
    const children = attempt(() => (0,external_node_fs_.readdirSync)(directory.absolutePath, { withFileTypes: true }), (reason) => new errors/* InputError */.dz(context.input, `the directory '${directory.absolutePath}' cannot be read: ${reason}`));
    const kept = children.filter((child) => !ALWAYS_EXCLUDED.has(child.name));
    if (kept.length === 0 && directory.name !== '') {
        if (context.filter.isIncluded(directory.name, true)) {
            const stats = statOf(context, directory.absolutePath);
            context.entries.push(entry(`${directory.name}/`, directory.absolutePath, stats));
        }
        return;
    }
    for (const child of kept)
        visit(context, directory, child);
}
function visit(context, parent, child) {
    const absolutePath = `${parent.absolutePath}/${child.name}`;
    const name = parent.name === '' ? child.name : `${parent.name}/${child.name}`;
    const { filter } = context;
    // A link kept as a link is a file to git: 'dir/' does not match it.
    const asLink = child.isSymbolicLink() && keepsLink(context, absolutePath);
    const knownDirectory = child.isDirectory();
    if (child.isSymbolicLink() && !asLink) {
        // What a link points to is not known yet: one left out whatever it is needs no look.
        if (filter.isExcluded(name, false) && filter.isExcluded(name, true))
            return;
    }
    else if (filter.isExcluded(name, knownDirectory)) {
        return;
    }
    if (child.name.includes('\uFFFD') && !(0,external_node_fs_.existsSync)(absolutePath)) {
        // Node reads a name that is not UTF-8 with U+FFFD in place of the bad bytes.
        throw new errors/* InputError */.dz(context.input, `'${absolutePath}' has a file name that is not valid UTF-8, which a zip cannot hold ` +
            "as such; rename it, or leave it out with 'exclude'");
    }
    if (asLink) {
        if (filter.isIncluded(name, false))
            context.entries.push(keptLink(context, name, absolutePath));
        return;
    }
    const target = resolveChild(context, child, absolutePath, parent);
    const isDirectory = target.stats.isDirectory();
    if (child.isSymbolicLink() && filter.isExcluded(name, isDirectory))
        return;
    if (isDirectory) {
        const ancestors = [...parent.ancestors, target.realPath()];
        walk(context, { name, absolutePath, ancestors });
        return;
    }
    // A FIFO, socket or device that is not selected is no concern of the package's.
    if (!filter.isIncluded(name, false))
        return;
    if (!target.stats.isFile()) {
        throw new errors/* InputError */.dz(context.input, `'${absolutePath}' is neither a file nor a directory (a socket, FIFO or device cannot be ` +
            "packaged); leave it out with 'exclude'");
    }
    context.entries.push(entry(name, absolutePath, target.stats));
}
function resolveChild(context, child, absolutePath, parent) {
    if (!child.isSymbolicLink()) {
        const parentReal = parent.ancestors.at(-1) ?? '';
        return {
            stats: statOf(context, absolutePath),
            realPath: () => external_node_path_default().join(parentReal, child.name),
        };
    }
    if (context.symlinks === 'error') {
        throw new errors/* InputError */.dz(context.input, `'${absolutePath}' is a symbolic link, and symlinks is 'error'`);
    }
    const realPath = insideTarget(context, absolutePath);
    refusePnpmFollow(context, absolutePath, realPath);
    if (parent.ancestors.includes(realPath)) {
        throw new errors/* InputError */.dz(context.input, `symbolic link '${absolutePath}' makes a loop`);
    }
    return { stats: statOf(context, realPath), realPath: () => realPath };
}
/**
 * preserve keeps every link (refusing one that leaves the root); auto keeps one whose
 * target is inside the root on this disk, and leaves the rest to be followed (and refused
 * there when it points outside, dangles or loops).
 */
function keepsLink(context, linkPath) {
    if (context.symlinks === 'preserve')
        return true;
    if (context.symlinks !== 'auto')
        return false;
    let realPath;
    try {
        realPath = (0,external_node_fs_.realpathSync)(linkPath);
    }
    catch {
        return false;
    }
    return !leavesRoot(external_node_path_default().relative(context.realRoot, realPath));
}
function leavesRoot(fromRoot) {
    return fromRoot === '..' || fromRoot.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(fromRoot);
}
/**
 * pnpm keeps each package in node_modules/.pnpm beside its own dependencies; copying the
 * package out of there through the link cuts it off from them, so the function cannot
 * start. Only links kept as links deploy such a tree.
 */
function refusePnpmFollow(context, linkPath, realPath) {
    if (context.symlinks !== 'follow')
        return;
    const steps = external_node_path_default().relative(context.realRoot, realPath).split((external_node_path_default()).sep);
    const store = steps.findIndex((step, at) => step === '.pnpm' && steps[at - 1] === 'node_modules');
    if (store < 0)
        return;
    throw new errors/* InputError */.dz(context.input, `'${linkPath}' links into pnpm's store (${steps.slice(0, store + 1).join('/')}), and ` +
        "symlinks is 'follow': a package copied out of the store loses the dependencies pnpm " +
        "keeps beside it, so the function would fail with 'Cannot find module'. Remove " +
        "'symlinks: follow' (the default, auto, stores links inside the source as links) or set " +
        "'symlinks: preserve'");
}
/** The real path a link leads to, refused unless it is inside the root. */
function insideTarget(context, linkPath) {
    const realPath = attempt(() => (0,external_node_fs_.realpathSync)(linkPath), (reason) => new errors/* InputError */.dz(context.input, `symbolic link '${linkPath}' cannot be followed: ${reason}`));
    if (leavesRoot(external_node_path_default().relative(context.realRoot, realPath))) {
        throw new errors/* InputError */.dz(context.input, `symbolic link '${linkPath}' points outside the source directory, to '${realPath}'`);
    }
    return realPath;
}
/**
 * A link stored as a link, as `zip -y` does. Its target must be inside the root both on
 * this disk (followed to the end) and as the text unzip will write: a relative target
 * whose '..' steps climb above the root would point elsewhere once unpacked. An absolute
 * target inside the root is stored relative, since the root moves when unpacked.
 */
function keptLink(context, name, absolutePath) {
    const realPath = insideTarget(context, absolutePath);
    const text = attempt(() => (0,external_node_fs_.readlinkSync)(absolutePath), (reason) => new errors/* InputError */.dz(context.input, `symbolic link '${absolutePath}' cannot be read: ${reason}`));
    // auto stores what the link reaches, rewritten relative if its text would not survive
    // the unpacking; preserve stores the text as it is, or refuses it.
    const rewrite = external_node_path_default().isAbsolute(text) || (context.symlinks === 'auto' && linkLeavesRoot(name, text));
    const target = rewrite
        ? external_node_path_default().relative((0,external_node_fs_.realpathSync)(external_node_path_default().dirname(absolutePath)), realPath)
            .split((external_node_path_default()).sep)
            .join('/') || '.'
        : text;
    if (linkLeavesRoot(name, target)) {
        throw new errors/* InputError */.dz(context.input, `symbolic link '${absolutePath}' points outside the source directory once unpacked, ` +
            `to '${text}' (its '..' steps climb above the source)`);
    }
    return { ...entry(name, absolutePath, lstatOf(context, absolutePath)), linkTarget: target };
}
function statOf(context, file) {
    return attempt(() => (0,external_node_fs_.statSync)(file), (reason) => new errors/* InputError */.dz(context.input, `'${file}' cannot be read: ${reason}`));
}
function lstatOf(context, file) {
    return attempt(() => (0,external_node_fs_.lstatSync)(file), (reason) => new errors/* InputError */.dz(context.input, `'${file}' cannot be read: ${reason}`));
}
function entry(name, absolutePath, stats) {
    return { name, nameBytes: Buffer.from(name, 'utf8'), absolutePath, stats };
}
function attempt(work, failure) {
    try {
        return work();
    }
    catch (error) {
        throw failure(describeFsError(error));
    }
}
function describeFsError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'it does not exist';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ELOOP':
            return 'too many levels of symbolic links';
        case 'ENAMETOOLONG':
            return 'the path is too long for the file system (over PATH_MAX, or a name over NAME_MAX)';
        default:
            return error instanceof Error ? error.message : String(error);
    }
}

;// CONCATENATED MODULE: ./src/package/unzipped-limit.ts


/** Lambda's limit on a function's code unzipped (its layers count towards it too). */
const UNZIPPED_LIMIT_BYTES = 262_144_000;
const LARGEST_SHOWN = 5;
/** Refuses a package Lambda would refuse, naming what takes the room so the user sees what to leave out. */
function checkUnzippedSize(files, input, advice) {
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total <= UNZIPPED_LIMIT_BYTES)
        return total;
    const largest = [...sizeByTopLevelName(files)]
        .sort(([, a], [, b]) => b - a)
        .slice(0, LARGEST_SHOWN)
        .map(([name, size]) => `${name} ${(0,format/* formatBytes */.z3)(size)}`);
    throw new errors/* InputError */.dz(input, `the files come to ${(0,format/* formatCount */.B4)(total)} bytes unzipped, over Lambda's limit of ` +
        `${(0,format/* formatCount */.B4)(UNZIPPED_LIMIT_BYTES)}. Largest at the top level: ${largest.join(', ')}. ${advice}`);
}
function sizeByTopLevelName(files) {
    const sizes = new Map();
    for (const file of files) {
        const slash = file.name.indexOf('/');
        const top = slash === -1 ? file.name : file.name.slice(0, slash + 1);
        sizes.set(top, (sizes.get(top) ?? 0) + file.size);
    }
    return sizes;
}

;// CONCATENATED MODULE: ./src/package/zip-contents.ts


/** The file does not hold the zip structures a reader needs; the message says what is wrong. */
class InvalidZipError extends Error {
    name = 'InvalidZipError';
}
const END_SIGNATURE = 0x06054b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT = 0xffff;
const MADE_BY_UNIX = 3;
/** Longer than any link target Linux takes (PATH_MAX). */
const MAX_LINK_TARGET = 4096;
/**
 * The entries a zip holds, read from its central directory (names, sizes, modes; no
 * data). Throws an InvalidZipError when the structures are missing, cut short or point
 * outside the file.
 */
async function readZipMembers(file, fileSize) {
    const tailSize = Math.min(fileSize, 22 + MAX_COMMENT);
    const tail = await readAt(file, fileSize - tailSize, tailSize);
    let end = -1;
    for (let at = tail.length - 22; at >= 0 && end === -1; at--) {
        if (tail.readUInt32LE(at) === END_SIGNATURE)
            end = at;
    }
    if (end === -1) {
        throw new InvalidZipError('it is not a complete zip archive (no central directory)');
    }
    let count = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryOffset = tail.readUInt32LE(end + 16);
    const locatorAt = fileSize - tailSize + end - 20;
    if (locatorAt >= 0) {
        const locator = await readAt(file, locatorAt, 20);
        if (locator.length === 20 && locator.readUInt32LE(0) === ZIP64_LOCATOR_SIGNATURE) {
            const zip64At = Number(locator.readBigUInt64LE(8));
            const zip64End = zip64At + 56 <= fileSize ? await readAt(file, zip64At, 56) : undefined;
            if (zip64End?.length !== 56 || zip64End.readUInt32LE(0) !== ZIP64_END_SIGNATURE) {
                throw new InvalidZipError('its Zip64 end-of-central-directory locator points to no Zip64 end record');
            }
            count = Number(zip64End.readBigUInt64LE(32));
            directorySize = Number(zip64End.readBigUInt64LE(40));
            directoryOffset = Number(zip64End.readBigUInt64LE(48));
        }
    }
    if (directoryOffset + directorySize > fileSize) {
        throw new InvalidZipError('its central directory is said to be past the end of the file (cut short?)');
    }
    return parseDirectory(await readAt(file, directoryOffset, directorySize), count);
}
function parseDirectory(directory, count) {
    const members = [];
    let at = 0;
    for (let index = 0; index < count; index++) {
        if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) {
            throw new InvalidZipError(`its central directory holds ${index} of the ${count} entries it announces`);
        }
        const nameLength = directory.readUInt16LE(at + 28);
        const extraLength = directory.readUInt16LE(at + 30);
        const commentLength = directory.readUInt16LE(at + 32);
        if (at + 46 + nameLength + extraLength > directory.length) {
            throw new InvalidZipError(`entry ${index + 1} runs past the end of its central directory`);
        }
        const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
        const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
        const zip64 = zip64Fields(extra, {
            uncompressedSize: directory.readUInt32LE(at + 24),
            compressedSize: directory.readUInt32LE(at + 20),
            localHeaderOffset: directory.readUInt32LE(at + 42),
        });
        const madeBy = directory.readUInt16LE(at + 4) >> 8;
        const attributes = directory.readUInt32LE(at + 38);
        members.push({
            name,
            ...zip64,
            unixMode: madeBy === MADE_BY_UNIX ? attributes >>> 16 : undefined,
            method: directory.readUInt16LE(at + 10),
        });
        at += 46 + nameLength + extraLength + commentLength;
    }
    return members;
}
/**
 * The Zip64 extra field holds, in this order, each of these that is 0xFFFFFFFF in the
 * central header.
 */
function zip64Fields(extra, header) {
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        if (id === ZIP64_EXTRA_ID) {
            const values = extra.subarray(at + 4, Math.min(at + 4 + size, extra.length));
            let next = 0;
            const take = (value) => {
                if (value !== 0xffffffff || next + 8 > values.length)
                    return value;
                next += 8;
                return Number(values.readBigUInt64LE(next - 8));
            };
            const uncompressedSize = take(header.uncompressedSize);
            const compressedSize = take(header.compressedSize);
            return {
                uncompressedSize,
                compressedSize,
                localHeaderOffset: take(header.localHeaderOffset),
            };
        }
        at += 4 + size;
    }
    return header;
}
/** Whether the entry is a symbolic link: a Unix mode of type link. */
function isSymlink(member) {
    return member.unixMode !== undefined && (member.unixMode & S_IFMT) === S_IFLNK;
}
/** A link entry's target: its data, stored or deflated. */
async function readLinkTarget(file, member) {
    if (member.compressedSize > MAX_LINK_TARGET * 2 || member.uncompressedSize > MAX_LINK_TARGET) {
        throw new InvalidZipError(`the link '${member.name}' has a target longer than a path can be`);
    }
    const header = await readAt(file, member.localHeaderOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
        throw new InvalidZipError(`the entry '${member.name}' has no local header where it should`);
    }
    const dataAt = member.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const data = await readAt(file, dataAt, member.compressedSize);
    if (data.length !== member.compressedSize) {
        throw new InvalidZipError(`the data of '${member.name}' runs past the end of the file`);
    }
    if (member.method === METHOD_STORED)
        return data.toString('utf8');
    if (member.method === METHOD_DEFLATED) {
        try {
            return (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: MAX_LINK_TARGET }).toString('utf8');
        }
        catch {
            throw new InvalidZipError(`the data of the link '${member.name}' cannot be inflated`);
        }
    }
    throw new InvalidZipError(`the link '${member.name}' is compressed with method ${member.method}`);
}
async function readAt(file, position, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
}

;// CONCATENATED MODULE: ./src/package/ready-zip.ts








const INPUT = 'zip-file';
const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];
/**
 * A ready zip, checked before anything is uploaded: a regular file (a FIFO would block
 * the open), a well-formed zip holding files, no entry that unpacks outside the
 * function's directory, no link unless `symlinks` is auto or preserve and it stays inside, and
 * within Lambda's unzipped limit. Hashed where it is, without a copy.
 */
async function inspectZipFile(source) {
    const zipPath = source.path;
    const handle = await openRegularFile(zipPath);
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw notAFile(zipPath, stats);
        const members = await readMembers(handle, stats.size, zipPath);
        await checkEntries(handle, members, source, zipPath);
        const files = members
            .filter((member) => !member.name.endsWith('/') && !isSymlink(member))
            .map((member) => ({ name: member.name, size: member.uncompressedSize }));
        if (files.length === 0) {
            throw new errors/* InputError */.dz(INPUT, `'${zipPath}' holds no files to package (the zip is empty)`);
        }
        const unzippedSize = checkUnzippedSize(files, INPUT, 'Build a smaller package.');
        const { sha256, size } = await hashOpenFile(handle).catch((error) => {
            throw unreadable(zipPath, error);
        });
        return {
            path: zipPath,
            size,
            sha256: sha256.toString('base64'),
            contents: { fileCount: files.length, unzippedSize },
        };
    }
    finally {
        await handle.close();
    }
}
/** Looks before it opens, and opens without blocking, so a FIFO never hangs the step. */
async function openRegularFile(zipPath) {
    const stats = await (0,promises_.stat)(zipPath).catch((error) => {
        throw unreadable(zipPath, error);
    });
    if (!stats.isFile())
        throw notAFile(zipPath, stats);
    return (0,promises_.open)(zipPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK).catch((error) => {
        throw unreadable(zipPath, error);
    });
}
async function readMembers(handle, size, zipPath) {
    try {
        const head = Buffer.alloc(4);
        await handle.read(head, 0, 4, 0);
        if (!ZIP_SIGNATURES.some((signature) => signature.equals(head))) {
            throw new InvalidZipError('it is not a zip archive (it does not start with a zip signature)');
        }
        return await readZipMembers(handle, size);
    }
    catch (error) {
        throw invalidOrUnreadable(zipPath, error);
    }
}
async function checkEntries(handle, members, source, zipPath) {
    const unsafe = members.find((member) => escapesRoot(member.name));
    if (unsafe !== undefined) {
        throw new errors/* InputError */.dz(INPUT, `'${zipPath}' holds the entry '${unsafe.name}', which would be unpacked outside the ` +
            "function's directory (an absolute name or a '..' step); rebuild the zip without it");
    }
    for (const member of members.filter(isSymlink)) {
        if (source.symlinks !== 'preserve' && source.symlinks !== 'auto') {
            throw new errors/* InputError */.dz(INPUT, `'${zipPath}' holds the symbolic link '${member.name}', and symlinks is ` +
                `'${source.symlinks}'; remove it (the default, auto, deploys links that stay inside ` +
                'the zip) or rebuild the zip without links');
        }
        const target = await readLinkTarget(handle, member).catch((error) => {
            throw invalidOrUnreadable(zipPath, error);
        });
        if (linkLeavesRoot(member.name, target)) {
            throw new errors/* InputError */.dz(INPUT, `'${zipPath}' holds the symbolic link '${member.name}' to '${target}', which points ` +
                "outside the function's directory (an absolute target or '..' steps above the root)");
        }
    }
}
/** '/etc/x', 'C:\\x', '../x', 'a/../../x': names an unzip could write outside its target. */
function escapesRoot(name) {
    if (/^(?:[/\\]|[a-zA-Z]:[/\\])/.test(name))
        return true;
    return name.split(/[/\\]/).includes('..');
}
function notAFile(zipPath, stats) {
    const what = stats.isDirectory() ? 'a directory' : 'a FIFO, socket or device';
    return new errors/* InputError */.dz(INPUT, `'${zipPath}' is not a file (it is ${what})`);
}
function unreadable(zipPath, error) {
    return new errors/* InputError */.dz(INPUT, `'${zipPath}' cannot be read: ${describeFsError(error)}`);
}
/** Bounds and signatures the reader did not foresee count as a malformed zip too. */
function invalidOrUnreadable(zipPath, error) {
    if (error instanceof errors/* InputError */.dz)
        return error;
    if (error instanceof InvalidZipError || error instanceof RangeError) {
        return new errors/* InputError */.dz(INPUT, `'${zipPath}' is not a valid zip archive: ${error.message}`);
    }
    return unreadable(zipPath, error);
}

;// CONCATENATED MODULE: ./src/package/tree-hashes.ts

/** What the fingerprint takes an entry for: a kept link, a directory, or a file to hash. */
function entryKind(entry) {
    if (entry.linkTarget !== undefined)
        return 'link';
    return entry.stats.isDirectory() ? 'dir' : 'file';
}
/**
 * Each file's SHA-256 (hex), in the entries' order, read on the deflate threads in the
 * batches the deflate takes: the main thread stays free (to load the AWS SDK and read the
 * function meanwhile). A tree that is then deflated is read again: on a 2-core runner,
 * keeping 43 MB of files for it cost the threads twice the time the second read takes
 * (fresh memory is slow to touch; the read buffer they reuse is not).
 */
async function hashFiles(entries, deflater, limits) {
    const hashed = intoBatches(entries, limits).map(async (batch) => {
        const files = batch.entries.filter((entry) => entryKind(entry) === 'file').map(expectedFile);
        return files.length === 0 ? [] : deflater.hash(files);
    });
    return (await Promise.all(hashed)).flat();
}

;// CONCATENATED MODULE: ./src/package/fingerprint.ts




/**
 * The zip writer's own version: raise it with any change to the bytes it writes for the same
 * tree (headers, order, modes, what is stored or deflated), so that no package recorded by an
 * older writer is taken for this one's. The settings below are fingerprinted as well.
 */
const PACKAGER_FORMAT = 1;
/** Everything but the tree itself that decides a zip's bytes. */
function packagerKey() {
    return JSON.stringify({
        format: PACKAGER_FORMAT,
        deflate: { level: LIMITS.level, streamAbove: LIMITS.streamAbove },
        compression: COMPRESSION_SETTINGS,
        // zlib's deflate output may differ between its versions.
        zlib: process.versions.zlib,
    });
}
/**
 * A SHA-256 (base64) of what a zip of `entries` would hold and how it would be written: each
 * entry's name, type, mode (the file's whole mode, not just the bit the zip keeps), size,
 * content hash (`fileHashes`: each file's SHA-256, hex, in the entries' order, as
 * tree-hashes.ts reads them) and link target, the source's include, exclude and symlinks,
 * and the packager's key. Two trees with the same fingerprint give the same zip, byte for
 * byte.
 */
function fingerprintTree(entries, fileHashes, source, packager = packagerKey()) {
    const tree = (0,external_node_crypto_.createHash)('sha256');
    tree.update(JSON.stringify({
        packager,
        include: source.include,
        exclude: source.exclude,
        symlinks: source.symlinks,
    }));
    let file = 0;
    for (const entry of entries) {
        const type = entryKind(entry);
        const content = type === 'file' ? fileHashes[file++] : '';
        if (content === undefined)
            throw new Error('fewer file hashes than files in the tree');
        tree.update(entry.nameBytes);
        tree.update(`\0${type}\0${entry.stats.mode}\0${zipMode(entry)}\0${type === 'file' ? entry.stats.size : 0}` +
            `\0${content}\0${entry.linkTarget ?? ''}\n`);
    }
    if (file !== fileHashes.length)
        throw new Error('more file hashes than files in the tree');
    return tree.digest('base64');
}

;// CONCATENATED MODULE: ./src/package/deployment-package.ts















async function preparePackage(source, options) {
    return source.kind === 'directory' ? buildFromDirectory(source, options) : inspectZipFile(source);
}
async function buildFromDirectory(source, options) {
    // Started first, so that the threads boot while the tree is walked.
    const deflater = new WorkerDeflater();
    try {
        const input = options.input ?? 'source';
        const { entries, files, unzippedSize, largestZipBytes } = takeCheckedTree(source) ?? checkDirectory(source, input);
        options.onChecked?.(largestZipBytes);
        const contents = { fileCount: files.length, unzippedSize };
        const fileHashes = await hashFiles(entries, deflater, LIMITS).catch((error) => {
            throw packagingFailure(input, source.path, error);
        });
        const fingerprint = fingerprintTree(entries, fileHashes, source);
        const recorded = await options.skipWhen?.(fingerprint);
        if (recorded !== undefined) {
            options.log.info(`The tree's fingerprint is the one recorded with the code the function runs (${recorded.sha256}): nothing to build`);
            return { path: '', ...recorded, contents, fingerprint, byFingerprint: true };
        }
        const outputDirectory = options.outputDirectory ?? external_node_os_default().tmpdir();
        await (0,promises_.mkdir)(outputDirectory, { recursive: true });
        const parent = await (0,promises_.mkdtemp)(external_node_path_default().join(outputDirectory, 'lambda-deploy-'));
        const zipPath = external_node_path_default().join(parent, `${options.baseName}.zip`);
        const progress = new PackagingProgress(files.length, unzippedSize, options.log);
        const zip = await writeDeterministicZip(entries, zipPath, deflater, (entry) => {
            if (entry.stats.isFile())
                progress.fileDone(entry.stats.size);
        }).catch((error) => {
            throw packagingFailure(input, source.path, error);
        });
        return {
            path: zipPath,
            size: zip.size,
            sha256: zip.sha256.toString('base64'),
            contents,
            fingerprint,
        };
    }
    finally {
        await deflater.close();
    }
}
/**
 * Walks `source` and checks it (every include matches, some file, the unzipped size within
 * Lambda's limit), reading and deflating nothing; `input` names it in errors.
 */
function checkDirectory(source, input) {
    const entries = listPackageEntries(source, input);
    const files = entries.filter((entry) => entry.stats.isFile());
    const unzippedSize = checkUnzippedSize(files.map((file) => ({ name: file.name, size: file.stats.size })), input, input === 'source' ? "Leave some out with 'exclude'." : 'Make the directory smaller.');
    return { entries, files, unzippedSize, largestZipBytes: largestZipBytes(entries) };
}
/**
 * Trees checked ahead of their build (a layer's tree, a fleet's sources, checked before the
 * function is read), each kept for the build of the same source, which takes it: a tree is
 * walked once. The build's reads still fail on a file changed since this walk.
 */
const checkedAhead = new WeakMap();
/** checkDirectory, keeping the tree for the build of `source` (buildFromDirectory). */
function checkDirectoryAhead(source, input) {
    const tree = checkDirectory(source, input);
    checkedAhead.set(source, tree);
    return tree;
}
function takeCheckedTree(source) {
    const tree = checkedAhead.get(source);
    checkedAhead.delete(source);
    return tree;
}
function listPackageEntries(source, input) {
    const filter = pathFilter(source.include, source.exclude);
    const entries = listSourceTree(source.path, {
        input,
        filter,
        symlinks: source.symlinks,
    });
    const unmatched = filter.unmatchedIncludes();
    if (unmatched.length > 0) {
        const patterns = unmatched.map((pattern) => `'${pattern}'`).join(', ');
        throw new errors/* InputError */.dz('include', `${unmatched.length === 1 ? 'the pattern' : 'the patterns'} ${patterns} ` +
            `${unmatched.length === 1 ? 'matches' : 'match'} nothing in '${source.path}' ` +
            '(patterns are relative to it, as in a .gitignore); fix or remove ' +
            (unmatched.length === 1 ? 'it' : 'them'));
    }
    if (!entries.some((entry) => entry.stats.isFile())) {
        throw new errors/* InputError */.dz(input, `'${source.path}' holds no files to package`);
    }
    return entries;
}
/**
 * A file system failure while reading the tree is about the directory an input named, so
 * it names that input; anything else (a worker that died, say) is the packager's own.
 */
function packagingFailure(input, directory, error) {
    if (error instanceof errors/* InputError */.dz)
        return error;
    if (error instanceof FileChangedError)
        return new errors/* InputError */.dz(input, error.message);
    const failedPath = error.path;
    const where = failedPath === undefined ? '' : ` at '${failedPath}'`;
    const detail = `the package from '${directory}'${where}: ${describeFsError(error)}`;
    return failedPath === undefined
        ? new errors/* DeployError */.sH(`Could not build ${detail}`)
        : new errors/* InputError */.dz(input, `could not build ${detail}`);
}
/**
 * The most bytes a zip of `entries` can take: each entry's headers (local and central, 76
 * bytes and its name twice, 16 more for a streamed one's descriptor), its data stored (the
 * writer stores what deflate cannot shrink) or deflated as a stream (5 bytes per 16 KiB
 * block at worst), and the end record.
 */
function largestZipBytes(entries) {
    const END_OF_CENTRAL_DIRECTORY = 22;
    return entries.reduce((bytes, entry) => {
        const size = entry.stats.isFile() ? entry.stats.size : (entry.linkTarget?.length ?? 0) * 4;
        return bytes + 76 + 16 + 2 * entry.nameBytes.length + size + 5 * Math.ceil(size / 16_384) + 5;
    }, END_OF_CENTRAL_DIRECTORY);
}

;// CONCATENATED MODULE: ./src/package/build-code.ts





/** The function's code, built when it is a zip, and the layer's package; both routed to Lambda. */
async function buildCode(config, baseName, phases, log, 
/** Told of the function's package as soon as it is built, before its route is decided. */
onPackage, 
/** Packages already built, by source: many functions from one source build it once. */
built = newPackageCache(), 
/**
 * Told once every source is checked and the package surely has a way to Lambda: from then
 * on no bad input can fail the build, so AWS may be read while it goes on.
 */
onChecked = () => undefined, 
/** The records that let an unchanged tree skip its build (resources' fingerprint-record.ts). */
skips = {}) {
    let s3;
    // S3 is loaded only by a run whose package goes through it.
    const route = async (plan) => {
        if (plan.kind === 'direct')
            return plan;
        const { createS3Client } = await Promise.all(/* import() */[__nccwpck_require__.e(358), __nccwpck_require__.e(696), __nccwpck_require__.e(234)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6234));
        return {
            ...plan,
            client: (s3 ??= createS3Client(config.region, config.requestTimeoutSeconds)),
            ...(built.uploads === undefined ? {} : { shared: built.uploads }),
        };
    };
    const { code: source, layer } = config;
    // A skip is asked only once every source is checked, so that the reads that answer it wait
    // on no bad input. With a layer to build after the code, its tree is walked first (nothing
    // read or deflated) so that the code's check can be the last one.
    let told = skips.checked === true;
    const tell = () => {
        if (told)
            return;
        told = true;
        onChecked();
    };
    const layerCertain = layer === undefined ||
        told ||
        (skips.code === undefined && skips.layer === undefined
            ? false
            : await phases.run(`Check layer ${layer.name}`, () => {
                const largest = checkedSize(layer.source, 'layer-source');
                return Promise.resolve(largest !== undefined && (0,upload_route/* routeCertain */.GC)(largest, config.s3));
            }));
    const deployable = source.kind === 'image'
        ? source
        : await (async () => {
            const checked = (largest) => {
                if (layerCertain && (0,upload_route/* routeCertain */.GC)(largest, config.s3))
                    tell();
            };
            const recorded = skips.code;
            const skipWhen = recorded === undefined
                ? undefined
                : (fingerprint) => told ? recorded(fingerprint) : Promise.resolve(undefined);
            const { pkg, keyName } = await once(built, source, built.keyName ?? baseName, () => phases.run('Package', () => buildPackage(source, baseName, 'source', log, checked, skipWhen)));
            onPackage(pkg);
            const upload = await route((0,upload_route/* planUpload */.d7)(pkg, config.s3, keyName, config.extras.codeStorage));
            // A ready zip tells nothing while it is read: its route, now known, is its check.
            if (layerCertain)
                tell();
            return { kind: 'zip', package: pkg, upload };
        })();
    const layerPackage = layer === undefined ? undefined : await buildLayer(layer, () => told, skips.layer);
    return { deployable, layerPackage };
    async function buildLayer(layerConfig, mayAsk, recorded) {
        let answer;
        const skipWhen = recorded === undefined
            ? undefined
            : async (fingerprint) => {
                answer = mayAsk() ? await recorded(fingerprint) : undefined;
                return answer;
            };
        const baseName = `${layerConfig.name}-layer`;
        const { pkg } = await once(built, { layer: layerConfig.source }, baseName, () => phases.run(`Package layer ${layerConfig.name}`, () => buildPackage(layerConfig.source, baseName, 'layer-source', log, undefined, skipWhen)));
        const upload = await route((0,upload_route/* planUpload */.d7)(pkg, config.s3, `layers/${layerConfig.name}`));
        if (pkg.byFingerprint !== true)
            return { pkg, upload };
        // Built once for many functions: each has its own record of the version (its region's).
        answer ??= pkg.fingerprint === undefined ? undefined : await recorded?.(pkg.fingerprint);
        if (answer === undefined) {
            throw new errors/* DeployError */.sH(`Layer ${layerConfig.name}'s tree was not built, but this function records no version holding it; run the deploy again`);
        }
        return { pkg, upload, recorded: answer.version };
    }
}
/**
 * The most bytes the zip of `source` can take, from a walk of its tree that reads and
 * deflates nothing; a bad input fails here. Undefined for a ready zip.
 */
function checkedSize(source, input) {
    // A ready zip is read whole to be checked: nothing to gain from checking it apart.
    return source.kind === 'directory'
        ? checkDirectoryAhead(source, input).largestZipBytes
        : undefined;
}
/** A cache for one function: its packages are its own, keyed by its name. */
function newPackageCache() {
    return { packages: new Map(), keyName: undefined, uploads: undefined };
}
/**
 * A cache for many functions: one S3 object per distinct package and region, under
 * `<prefix>packages/<sha256>.zip` (a key of no one function), uploaded once.
 */
function sharedPackageCache() {
    return { packages: new Map(), keyName: 'packages', uploads: new Map() };
}
/** The package of `source`, built by the first to ask for it. */
function once(cache, source, keyName, build) {
    return (0,memo/* memo */.p)(cache.packages, JSON.stringify(source), () => build().then((pkg) => ({ pkg, keyName })));
}
/** Builds the zip of a directory, or reads a ready one; `input` names the source in errors. */
async function buildPackage(source, baseName, input, log, onChecked, skipWhen) {
    const built = await preparePackage(source, {
        baseName,
        outputDirectory: process.env['RUNNER_TEMP'],
        log,
        input,
        ...(onChecked === undefined ? {} : { onChecked }),
        ...(skipWhen === undefined ? {} : { skipWhen }),
    });
    if (built.byFingerprint !== true) {
        log.info(`Package ${built.path}: ${built.size} bytes, SHA-256 ${built.sha256}`);
    }
    return built;
}


/***/ }),

/***/ 3755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ packageOutputs)
/* harmony export */ });
/** The outputs a built package sets, as soon as it is built. */
function packageOutputs(pkg) {
    return {
        'package-path': pkg.path,
        'code-sha256': pkg.sha256,
        'code-size': String(pkg.size),
    };
}


/***/ }),

/***/ 119:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ Phases)
/* harmony export */ });
/** Runs each phase of the deploy in its own log group and remembers how long it took. */
class Phases {
    group;
    done = [];
    latest;
    began = performance.now();
    constructor(group) {
        this.group = group;
    }
    async run(name, work) {
        const started = performance.now();
        this.latest = name;
        try {
            return await this.group(name, work);
        }
        finally {
            const now = performance.now();
            this.done.push({
                name,
                seconds: (now - started) / 1000,
                endedSeconds: (now - this.began) / 1000,
            });
        }
    }
    get timings() {
        return this.done;
    }
    /** Seconds since the run began. */
    get elapsedSeconds() {
        return (performance.now() - this.began) / 1000;
    }
    /** The phase that started last: the one running, or the one a failure came from. */
    get last() {
        return this.latest;
    }
}


/***/ }),

/***/ 9885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ FINGERPRINT_TAG),
/* harmony export */   Dk: () => (/* binding */ recordedPackage),
/* harmony export */   y9: () => (/* binding */ fingerprintRecordToWrite)
/* harmony export */ });
/* unused harmony export fingerprintTagValue */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5741);

/** The action's own tag key; the tags input may not set it. */
const FINGERPRINT_TAG = 'lambda-deploy:code-fingerprint';
/** "<fingerprint> <CodeSha256> <size>": base64, base64, decimal; about 100 of the 256 allowed. */
function fingerprintTagValue(fingerprint, pkg) {
    return `${fingerprint} ${pkg.sha256} ${pkg.size}`;
}
/**
 * The zip the function's record says a tree of `fingerprint` makes, when the function runs
 * exactly that zip now: its CodeSha256 and size are the recorded ones, its last update did
 * not fail and is not under way, and the code keeps its architecture and its storage (a
 * switch between Lambda's copy and a referenced object sends the package again). Anything
 * else, a record missing or unreadable included, is undefined: the tree is built as always.
 */
function recordedPackage(found, fingerprint, architecture, storage = 'copy') {
    if (found === undefined || found.packageType !== 'Zip')
        return undefined;
    if ((storage === 'reference') !== (found.referencedObject !== undefined))
        return undefined;
    if (found.lastUpdateStatus === 'Failed' || found.lastUpdateStatus === 'InProgress') {
        return undefined;
    }
    if ((0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .architectureToSet */ .RQ)(architecture, found) !== undefined)
        return undefined;
    const [recordedFingerprint, sha256, size, ...rest] = (found.tags[FINGERPRINT_TAG] ?? '').split(' ');
    if (rest.length > 0 || recordedFingerprint !== fingerprint || sha256 === undefined) {
        return undefined;
    }
    if (sha256 !== found.codeSha256 || size !== String(found.codeSize))
        return undefined;
    return { sha256, size: found.codeSize };
}
/**
 * The tags to write once the function runs `pkg`: its record, unless the function has that
 * record already (a second identical run writes nothing) or `pkg` has no fingerprint.
 */
function fingerprintRecordToWrite(now, pkg) {
    if (pkg.fingerprint === undefined || now.codeSha256 !== pkg.sha256)
        return undefined;
    const value = fingerprintTagValue(pkg.fingerprint, pkg);
    return now.tags[FINGERPRINT_TAG] === value ? undefined : { [FINGERPRINT_TAG]: value };
}


/***/ }),

/***/ 5741:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XP: () => (/* binding */ accountOf),
  ef: () => (/* binding */ architectureChange),
  RQ: () => (/* binding */ architectureToSet),
  q7: () => (/* binding */ checkCode),
  jH: () => (/* binding */ checkPackageType),
  nO: () => (/* binding */ planCode),
  m2: () => (/* binding */ runsImage),
  dm: () => (/* binding */ runsPackage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/resources/code/image-check.ts

/**
 * Throws an InputError naming image-uri when Lambda would refuse the image; `architecture`
 * is the one the function will have (the input, else the function's, else x86_64).
 */
function checkImage(uri, facts, architecture) {
    if (facts === undefined)
        return;
    if (facts.kind === 'index') {
        const platforms = facts.platforms.length === 0 ? '' : ` (${facts.platforms.join(', ')})`;
        throw new errors/* InputError */.dz('image-uri', `'${uri}' is a multi-platform image index${platforms}, media type ${facts.mediaType}, ` +
            'which Lambda refuses ("The image manifest, config or layer media type for the source image ' +
            '... is not supported"). docker buildx makes one by default, with provenance attestations: ' +
            'build with --provenance=false (and one --platform), or push a single-platform image');
    }
    if (facts.architecture !== undefined && facts.architecture !== architecture) {
        throw new errors/* InputError */.dz('image-uri', `'${uri}' is built for ${facts.architecture}, but the function runs on ${architecture}: ` +
            `build the image with --platform linux/${architecture === 'arm64' ? 'arm64' : 'amd64'}, ` +
            `or set architectures: ${facts.architecture}`);
    }
}

;// CONCATENATED MODULE: ./src/resources/code/plan.ts


/** A zip goes only to a Zip function and an image only to an Image function. */
function checkPackageType(current, name, wanted) {
    if (current.packageType === wanted)
        return;
    const instead = wanted === 'Zip'
        ? 'a zip can only be deployed to a Zip function; deploy its image with image-uri'
        : "image-uri can only be deployed to an Image function; deploy a zip with 'source' or 'zip-file'";
    throw new errors/* DeployError */.sH(`Function '${name}' has package type ${current.packageType}: ${instead}`);
}
/** After a Failed update the function may report the new hash without running it. */
function runsPackage(current, pkg) {
    return current.codeSha256 === pkg.sha256 && current.lastUpdateStatus !== 'Failed';
}
/**
 * Only an image named by digest can be known to be unchanged; a tag may have moved since,
 * so an image named by tag is always deployed.
 */
function runsImage(current, imageUri) {
    const digest = /@sha256:([a-f0-9]{64})$/.exec(imageUri)?.[1];
    if (digest === undefined || current.lastUpdateStatus === 'Failed')
        return false;
    return (current.codeSha256 === digest ||
        (current.resolvedImageUri?.endsWith(`@sha256:${digest}`) ?? false));
}
/** The architecture to send with the code: the one wanted, when the function has another. */
function architectureToSet(wanted, current) {
    return wanted !== undefined && wanted !== architectureOf(current) ? wanted : undefined;
}
/** The summary's row for an architecture sent with the code. */
function architectureChange(current, to) {
    return { setting: 'architectures', from: architectureOf(current), to };
}
/** Lambda leaves Architectures out for functions created before arm64 existed. */
function architectureOf(current) {
    return current.configuration.Architectures?.[0] ?? 'x86_64';
}
/** The account in an ARN: arn:aws:lambda:<region>:<account>:function:<name>, or a role's. */
function accountOf(arn) {
    return arn?.split(':')[4];
}
/** Refuses code the function cannot take: another package type, an image it cannot run. */
function checkCode(found, code, architecture, image) {
    if (found !== undefined) {
        checkPackageType(found, found.name, code.kind === 'zip' ? 'Zip' : 'Image');
    }
    if (code.kind === 'image') {
        checkImage(code.uri, image, architecture ?? found?.configuration.Architectures?.[0] ?? 'x86_64');
    }
}
/**
 * Created with the function, skipped when the function runs this code already (and its
 * architecture stays), or updated.
 */
function planCode(found, code, architecture, skipUnchanged) {
    const to = code.kind === 'zip' ? code.package.sha256 : code.uri;
    if (found === undefined)
        return { action: 'create', from: undefined, to, architecture: undefined };
    const changed = architectureToSet(architecture, found);
    const unchanged = code.kind === 'zip' ? runsPackage(found, code.package) : runsImage(found, code.uri);
    const action = skipUnchanged && unchanged && changed === undefined ? 'skip' : 'update';
    const byFingerprint = code.kind === 'zip' && code.package.byFingerprint === true;
    if (byFingerprint && action !== 'skip') {
        // recordedPackage() checks what this does: a package not built is never sent.
        throw new errors/* DeployError */.sH(`Function '${found.name}' no longer runs the code its record names; run the deploy again`);
    }
    return {
        action,
        from: found.resolvedImageUri ?? found.codeSha256,
        to,
        architecture: changed === undefined ? undefined : architectureChange(found, changed),
        ...(byFingerprint ? { byFingerprint: true } : {}),
    };
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ routeCertain),
/* harmony export */   d7: () => (/* binding */ planUpload)
/* harmony export */ });
/* unused harmony export DIRECT_UPLOAD_LIMIT_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6264);


/**
 * Lambda takes a zip in the request only when it is smaller than this ("Zipped size must be
 * smaller than 52428800 bytes"); one of this size or more goes through S3.
 */
const DIRECT_UPLOAD_LIMIT_BYTES = 52_428_800;
/**
 * True when a package of at most `largestBytes` has a way to Lambda whatever its exact size,
 * so planUpload cannot refuse it.
 */
function routeCertain(largestBytes, s3) {
    const viaS3 = s3.upload !== 'never' && s3.bucket !== undefined;
    // code-storage reference always goes through S3; its inputs were checked with the others.
    return viaS3 || (s3.upload !== 'always' && largestBytes < DIRECT_UPLOAD_LIMIT_BYTES);
}
/**
 * How the package reaches Lambda: in the request, or through S3 under a key made of its
 * SHA-256, so the same bytes always get the same key and different code never shares one.
 * Decided before any AWS call, so a package that cannot go anywhere fails first.
 */
function planUpload(pkg, s3, functionName, storage = 'copy') {
    const tooLarge = pkg.size >= DIRECT_UPLOAD_LIMIT_BYTES;
    const viaS3 = storage === 'reference' || s3.upload === 'always' || (s3.upload === 'auto' && tooLarge);
    if (!viaS3 && tooLarge) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('s3-upload', `is 'never', but the package is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(pkg.size)} bytes, and Lambda takes a zip directly only when it is ` +
            `smaller than ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(DIRECT_UPLOAD_LIMIT_BYTES)} bytes; set s3-bucket and allow S3`);
    }
    if (!viaS3)
        return { kind: 'direct' };
    if (s3.bucket === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('s3-bucket', `is needed: the package is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(pkg.size)} bytes, and Lambda takes a zip directly only when it is ` +
            `smaller than ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(DIRECT_UPLOAD_LIMIT_BYTES)} bytes, so it must go ` +
            "through an S3 bucket in the function's region");
    }
    const sha256Hex = Buffer.from(pkg.sha256, 'base64').toString('hex');
    return {
        kind: 's3',
        bucket: s3.bucket,
        key: `${s3.keyPrefix}${functionName}/${sha256Hex}.zip`,
        bucketOwner: s3.bucketOwner,
        ...(storage === 'reference' ? { reference: true } : {}),
    };
}


/***/ }),

/***/ 8029:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ layerRecordToWrite),
/* harmony export */   MI: () => (/* binding */ LAYER_FINGERPRINT_TAG),
/* harmony export */   Uk: () => (/* binding */ recordedLayer)
/* harmony export */ });
/* unused harmony exports layerTagValue, parseLayerRecord, matchesRecord */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(643);

/** The action's own tag key; the tags input may not set it. */
const LAYER_FINGERPRINT_TAG = 'lambda-deploy:layer-fingerprint';
/** Lambda's limit on a tag's value. */
const TAG_VALUE_MAX = 256;
/** "<fingerprint> <layer version ARN> <CodeSha256>". */
function layerTagValue(fingerprint, versionArn, sha256) {
    return `${fingerprint} ${versionArn} ${sha256}`;
}
/** The record's parts, when the function's tag names a version of this layer for `fingerprint`. */
function parseLayerRecord(found, fingerprint, layerName) {
    const value = found?.tags[LAYER_FINGERPRINT_TAG];
    if (value === undefined)
        return undefined;
    const [recordedFingerprint, versionArn, sha256, ...rest] = value.split(' ');
    if (rest.length > 0 || recordedFingerprint !== fingerprint)
        return undefined;
    if (versionArn === undefined || sha256 === undefined || sha256 === '')
        return undefined;
    // arn:<partition>:lambda:<region>:<account>:layer:<name>:<version>, of this very layer.
    const parts = versionArn.split(':');
    if (parts.length !== 8 || parts[5] !== 'layer' || parts[6] !== layerName)
        return undefined;
    if (!/^[1-9][0-9]*$/.test(parts[7] ?? ''))
        return undefined;
    return { versionArn, sha256 };
}
/**
 * The zip the function's record says a layer tree of `fingerprint` makes, when the version
 * the record names still exists, holds that very zip (its CodeSha256 is the recorded one)
 * and has the compatibility `config` asks for. Anything else, a version deleted or a read
 * that failed included, is undefined: the tree is built and published as always.
 */
async function recordedLayer(found, fingerprint, config, layer) {
    const record = parseLayerRecord(found, fingerprint, config.name);
    if (record === undefined || layer === undefined)
        return undefined;
    const version = await layer.version(record.versionArn).catch(() => undefined);
    return matchesRecord(version, record.sha256, config);
}
/** `version` as the record's, when it holds the recorded zip with the wanted compatibility. */
function matchesRecord(version, sha256, config) {
    if (version?.codeSize === undefined || version.codeSha256 !== sha256)
        return undefined;
    if (!(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .holds */ .v9)(version, { sha256 }, config))
        return undefined;
    return { sha256, size: version.codeSize, version };
}
/**
 * The tag to write once the layer's version is known: its record, unless the function has
 * that record already (a second identical run writes nothing) or the package has no
 * fingerprint (a ready zip) or is not what the version holds.
 */
function layerRecordToWrite(now, pkg, version) {
    if (pkg.fingerprint === undefined || version.codeSha256 !== pkg.sha256)
        return undefined;
    const value = layerTagValue(pkg.fingerprint, version.arn, version.codeSha256);
    // Lambda caps a version ARN at 140 characters, so this cannot happen; if it did, no record.
    if (value.length > TAG_VALUE_MAX)
        return undefined;
    return now.tags[LAYER_FINGERPRINT_TAG] === value ? undefined : { [LAYER_FINGERPRINT_TAG]: value };
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ planLayer),
/* harmony export */   RZ: () => (/* binding */ attachedLayers),
/* harmony export */   e3: () => (/* binding */ decideLayer),
/* harmony export */   nC: () => (/* binding */ layersWith),
/* harmony export */   v9: () => (/* binding */ holds)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5504);
/* harmony import */ var _code_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5741);



/** What publishing would do, from read calls only: the dry run's answer and the deploy's first step. */
async function planLayer(layer, config, pkg, attached, 
/** The function's account, where the layer is published. */
account, 
/** The version the record names, read and checked, when the tree was not built. */
recorded) {
    // Refused before any call: a version that could never be attached is not worth a read.
    checkRoom(attached, config.name);
    return decideLayer(config, pkg, attached, account, await layer.newest(), recorded);
}
/** Whether the layer's newest version already holds the package, and the function's layers after. */
function decideLayer(config, pkg, attached, account, newest, recorded) {
    checkRoom(attached, config.name);
    if (pkg.byFingerprint === true) {
        // recordedLayer() checked it: an unbuilt package can only be a version that holds it.
        if (recorded === undefined || !holds(recorded, pkg, config)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`Layer ${config.name}'s tree was not built, but no version holding it was read; run the deploy again`);
        }
        return {
            newest,
            publish: false,
            layers: layersWith(attached, recorded.arn),
            byFingerprint: recorded,
        };
    }
    if (newest !== undefined && holds(newest, pkg, config)) {
        return { newest, publish: false, layers: layersWith(attached, newest.arn) };
    }
    // With no version listed, an attached one (since deleted) still names the layer's ARN.
    const sameLayer = newest?.arn ??
        attached.find((arn) => account !== undefined && (0,_code_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .accountOf */ .XP)(arn) === account && (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .layerNameOf */ .d8)(arn) === config.name);
    const unpublished = `${sameLayer === undefined ? `layer:${config.name}` : withoutVersion(sameLayer)}:(new)`;
    return { newest, publish: true, layers: layersWith(attached, unpublished) };
}
/** The layer version ARNs the function has now, in order. */
function attachedLayers(current) {
    return (current?.configuration.Layers ?? []).flatMap((layer) => layer.Arn ?? []);
}
/** `versionArn` in place of any version of the same layer, else added last. */
function layersWith(layers, versionArn) {
    const layerArn = withoutVersion(versionArn);
    const result = layers.filter((arn) => withoutVersion(arn) !== layerArn);
    const at = layers.findIndex((arn) => withoutVersion(arn) === layerArn);
    result.splice(at === -1 ? result.length : at, 0, versionArn);
    if (result.length > _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LAYERS */ .Uf) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`The function would have ${result.length} layers (${result.join(', ')}); Lambda allows ${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LAYERS */ .Uf}. ` +
            "List the ones to keep in 'layers'.");
    }
    return result;
}
/** Checked before publishing, so a version that could never be attached is not published. */
function checkRoom(attached, name) {
    const others = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .otherLayers */ .t3)(attached, name);
    if (others.length >= _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LAYERS */ .Uf) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployError */ .sH(`The function already has ${others.length} other layers (${others.join(', ')}); Lambda allows ${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LAYERS */ .Uf}, ` +
            `so layer ${name} cannot be attached. List the ones to keep in 'layers'.`);
    }
}
function holds(version, pkg, config) {
    const sameSet = (wanted, actual) => wanted.length === 0 ||
        (wanted.length === actual.length && wanted.every((item) => actual.includes(item)));
    return (version.codeSha256 === pkg.sha256 &&
        sameSet(config.compatibleRuntimes, version.compatibleRuntimes) &&
        sameSet(config.compatibleArchitectures, version.compatibleArchitectures));
}
/** arn:aws:lambda:<region>:<account>:layer:<name>:<version> without :<version> */
function withoutVersion(versionArn) {
    return versionArn.slice(0, versionArn.lastIndexOf(':'));
}


/***/ }),

/***/ 518:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ stateAtPhase)
/* harmony export */ });
// What a step has changed so far, from the phase it is in: said when a cancel comes outside a
// traffic shift (which puts back what it moved itself) and in the summary of a failed run.
const UNCHANGED = /^(Package|Plan)/;
const LATEST = /^(Configuration|Update code|Create function|Code signing)/;
const VERSION = /^(Publish|Smoke test$|Provisioned concurrency)/;
const RELEASED = /^(Free old|Prune versions|Pull request comment)/;
/** A sentence on what the run had changed when it stopped in `phase`. */
function stateAtPhase(phase) {
    if (phase === undefined || UNCHANGED.test(phase))
        return 'nothing was changed';
    if (phase.startsWith('Layer'))
        return 'a layer version may have been published; the function was not changed';
    if (LATEST.test(phase)) {
        return "$LATEST may hold part of this run's changes; no version was published and no alias moved";
    }
    if (VERSION.test(phase))
        return 'a version may have been published; no alias moved';
    if (RELEASED.test(phase))
        return 'the release was done; what came after it may not be';
    return `it stopped in '${phase}'`;
}


/***/ }),

/***/ 6342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   group: () => (/* binding */ group),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   notice: () => (/* binding */ notice),
/* harmony export */   saveState: () => (/* binding */ saveState),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
// The runner's side of a step, as GitHub documents it for JavaScript actions: inputs come in
// INPUT_<NAME>; log lines and workflow commands (`::name key=value::data`) go to stdout;
// outputs and state are appended to the files GITHUB_OUTPUT and GITHUB_STATE name, each as
// `name<<delimiter`, the value, then the delimiter. @actions/core does the same, but loading
// it loads an HTTP client (undici, about 0.9 MB of code) for OIDC tokens this action never
// asks for: 85 ms of every start on a 2-core runner, a quarter of what an unchanged redeploy
// may take. The tests check this module's output against @actions/core's.



/** An input as the runner passes it: INPUT_ and the name upper-cased, spaces as `_`; trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** What the post step's run left with saveState. */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function warning(message) {
    command('warning', message);
}
function notice(message) {
    command('notice', message);
}
function error(message) {
    command('error', message);
}
/** Fails the step, with `message` as its error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The runner masks `value` wherever it appears in the log from now on. */
function setSecret(value) {
    command('add-mask', value);
}
/** Runs `work` inside a collapsible group of the log. */
async function group(name, work) {
    command('group', name);
    try {
        return await work();
    }
    finally {
        command('endgroup', '');
    }
}
function setOutput(name, value) {
    // The legacy command starts on a line of its own.
    fileCommand('GITHUB_OUTPUT', `${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::set-output`, name, value);
}
/** Kept for the post step of the same job (getState). */
function saveState(name, value) {
    fileCommand('GITHUB_STATE', '::save-state', name, value);
}
/** A workflow command's data: %, CR and LF escaped, so it stays one line the runner reads back. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A command property's value: the data's escapes, and `:` and `,`, which end it. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, data) {
    process.stdout.write(`::${name}::${escapeData(data)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/**
 * Appends `name` and `value` to the file `variable` names, between a delimiter no value can
 * hold; without the variable (an older runner), the stdout command `legacy` instead (its
 * text up to the name property).
 */
function fileCommand(variable, legacy, name, value) {
    const file = process.env[variable] ?? '';
    if (file === '') {
        process.stdout.write(`${legacy} name=${escapeProperty(name)}::${escapeData(value)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`The output ${name} holds the delimiter ${delimiter}`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony export StepSummary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
// The job summary: HTML (GitHub renders it as Markdown allows) appended to the file
// GITHUB_STEP_SUMMARY names, built up in a buffer and written once, as @actions/core's
// summary writes it (see commands.ts for why not that module). Text is not escaped here:
// the report escapes what it reads (report/summary-writer.ts escapeHtml).



class StepSummary {
    env;
    buffer = '';
    constructor(env = process.env) {
        this.env = env;
    }
    addHeading(text, level = 1) {
        const tag = Number.isInteger(level) && level >= 1 && level <= 6 ? `h${level}` : 'h1';
        return this.addRaw(element(tag, text), true);
    }
    addTable(rows) {
        const body = rows
            .map((row) => element('tr', row
            .map((cell) => typeof cell === 'string' ? element('td', cell) : element('th', cell.data))
            .join('')))
            .join('');
        return this.addRaw(element('table', body), true);
    }
    addRaw(text, addEOL = false) {
        this.buffer += addEOL ? text + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL : text;
        return this;
    }
    /** Appends what was added to the summary file, and starts afresh. */
    async write() {
        const file = this.env['GITHUB_STEP_SUMMARY'] ?? '';
        if (file === '') {
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        }
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(file, this.buffer, 'utf8');
        this.buffer = '';
    }
}
function element(tag, content) {
    return `<${tag}>${content}</${tag}>`;
}
/** The step's summary, one buffer for every writer, as the runner keeps one file. */
const summary = new StepSummary();


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ maskCredentials),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   M2: () => (/* binding */ maskEnvironment),
/* harmony export */   gz: () => (/* binding */ keepSecret)
/* harmony export */ });
/* unused harmony exports maskDecision, maskIfSecret, arnOfCreated */
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6342);

const known = new Set();
/**
 * Masks `value` in the runner's log (setSecret) and remembers it, so that text the
 * action prints itself, such as an AWS error quoting its request, can be redacted first.
 * For values that are secrets by what they are (credentials, tokens); a value that only may
 * be one goes through maskIfSecret.
 */
function keepSecret(value) {
    if (value.trim() === '' || known.has(value))
        return;
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
    // Redacting a short value ('test', an emulator's key) from messages would garble them, and no
    // real credential is that short.
    if (value.length >= MIN_SECRET_LENGTH)
        known.add(value);
}
/** `text` with every secret seen so far replaced by ***. */
function redact(text) {
    const longestFirst = [...known].sort((a, b) => b.length - a.length);
    return longestFirst.reduce((redacted, secret) => redacted.split(secret).join('***'), text);
}
/** No credential is shorter; masking 'prod' or 'true' would garble every name holding it. */
const MIN_SECRET_LENGTH = 8;
/**
 * The rule for a value that may be a secret (an environment variable's): masked unless it is
 * under 8 characters or occurs (case-sensitively) in the function's name, its ARN, the alias
 * or the region. The runner would replace it by *** wherever it shows, function-arn and
 * function-name outputs included (and it drops job outputs holding a mask).
 * Before the ARN is known, only its account ID (and partition) are unknown: a value that could
 * be part of it is 'undecided' until then.
 */
function maskDecision(value, facts) {
    if (value.length < MIN_SECRET_LENGTH)
        return 'keep';
    const named = [facts.functionName, facts.alias ?? '', facts.region];
    if (named.some((fact) => fact.includes(value)))
        return 'keep';
    const arn = facts.functionArn ?? (facts.functionName.startsWith('arn:') ? facts.functionName : '');
    if (arn !== '')
        return arn.includes(value) ? 'keep' : 'mask';
    return PARTITIONS.some((partition) => fitsTemplate(value, arnTemplate(partition, facts)))
        ? 'undecided'
        : 'mask';
}
/** Masks each of `values` that maskDecision says to mask now. */
function maskIfSecret(values, facts) {
    for (const value of values) {
        if (maskDecision(value, facts) === 'mask')
            keepSecret(value);
    }
}
/**
 * The ARN a function created with `roleArn` gets: iam:PassRole passes only a role of the
 * caller's own account, so the partition and account are the role's.
 */
function arnOfCreated(functionName, region, roleArn) {
    const [, partition, , , account] = roleArn?.split(':') ?? [];
    if (partition === undefined || account === undefined || account === '')
        return undefined;
    const name = functionName.slice(functionName.lastIndexOf(':') + 1);
    return `arn:${partition}:lambda:${region}:${account}:function:${name}`;
}
const PARTITIONS = [
    'aws',
    'aws-cn',
    'aws-us-gov',
    'aws-iso',
    'aws-iso-b',
    'aws-iso-e',
    'aws-iso-f',
    'aws-eusc',
];
const ACCOUNT_LENGTH = 12;
function arnTemplate(partition, facts) {
    const name = facts.functionName.slice(facts.functionName.lastIndexOf(':') + 1);
    const head = `arn:${partition}:lambda:${facts.region}:`;
    return {
        text: `${head}${'0'.repeat(ACCOUNT_LENGTH)}:function:${name}`,
        accountAt: head.length,
    };
}
/** Whether `value` occurs in the template's text for some account ID. */
function fitsTemplate(value, { text, accountAt }) {
    const fitsAt = (start) => {
        for (let offset = 0; offset < value.length; offset++) {
            const at = start + offset;
            const inAccount = at >= accountAt && at < accountAt + ACCOUNT_LENGTH;
            const char = value.charAt(offset);
            if (inAccount ? !/\d/.test(char) : text.charAt(at) !== char)
                return false;
        }
        return true;
    };
    for (let start = 0; start + value.length <= text.length; start++) {
        if (fitsAt(start))
            return true;
    }
    return false;
}
/**
 * Masks the values that may be secrets, by the rule in maskDecision: first with the inputs,
 * before anything is printed, then once the function's ARN is known (before any request that
 * carries them), when only values that could be part of its account ID were left to decide.
 */
function maskEnvironment(config, values, functionArn) {
    maskIfSecret(values, {
        functionName: config.functionName,
        // A function's role is in its own account, so a role given names the ARN's account too.
        functionArn: functionArn ?? arnOfCreated(config.functionName, config.region, config.settings.role),
        alias: config.release.alias,
        region: config.region,
    });
}
/**
 * configure-aws-credentials masks these already; credentials set some other way (a plain
 * `env:` block) would otherwise show in the log if an error ever echoed one.
 */
function maskCredentials(env) {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
        keepSecret(env[name]?.trim() ?? '');
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5881:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
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
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
