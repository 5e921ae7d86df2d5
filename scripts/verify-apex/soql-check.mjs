// Check 3: SOQL names only objects, fields and relationships the schema has.
//
// apex-ls type-checks Apex but not the text of SOQL, so a misspelt field compiles offline and fails in the org.
// Every inline `[SELECT ...]` comes from the parse tree; `Database.query / countQuery / getQueryLocator (+WithBinds)`
// are checked too when their first argument is a string literal (or a `+` of literals). Checked: FROM objects,
// selected fields, relationship paths (`Assignee.IsActive`), child-relationship subqueries, semi-join subqueries,
// fields inside aggregate and date functions, WHERE / GROUP BY / HAVING / ORDER BY fields, TYPEOF branches.
import {
    ApexParserFactory,
    ApexErrorListener,
    SoqlLiteralContext,
    QueryContext,
    SubQueryContext,
    SelectEntryContext,
    SubFieldEntryContext,
    FieldNameContext,
    FromNameListContext,
    SoqlIdContext,
    TypeOfContext,
    BoundExpressionContext,
    WithClauseContext,
    UsingScopeContext,
    DotExpressionContext,
    Arth2ExpressionContext,
    PrimaryExpressionContext,
    LiteralPrimaryContext,
    LimitClauseContext,
    OffsetClauseContext,
    ForClausesContext
} from '@apexdevtools/apex-parser';
import { lookupObject, normalizeName } from './sobject-schema.mjs';

const DYNAMIC_QUERY_METHODS = new Set([
    'query',
    'querywithbinds',
    'countquery',
    'countquerywithbinds',
    'getquerylocator',
    'getquerylocatorwithbinds'
]);

function* descendants(node) {
    const stack = [node];
    while (stack.length > 0) {
        const current = stack.pop();
        yield current;
        const children = current.children ?? [];
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
}

/** Apex string literal text ('...') → its value. */
function unquoteApexString(text) {
    const body = text.slice(1, -1);
    return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, escape) => {
        if (escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
        return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[escape] ?? escape;
    });
}

/** The string value of a literal or a `+` concatenation of literals; null when anything else is involved. */
function constantString(expression) {
    if (expression instanceof Arth2ExpressionContext && expression.ADD()) {
        const left = constantString(expression.expression(0));
        const right = constantString(expression.expression(1));
        return left === null || right === null ? null : left + right;
    }
    if (expression instanceof PrimaryExpressionContext) {
        const primary = expression.primary();
        if (primary instanceof LiteralPrimaryContext && primary.literal().StringLiteral()) {
            return unquoteApexString(primary.literal().StringLiteral().getText());
        }
    }
    return null;
}

class CollectingListener extends ApexErrorListener {
    constructor() {
        super();
        this.errors = [];
    }

    apexSyntaxError(line, column, message) {
        this.errors.push({ line, column, message });
    }
}

/** Finds the queries of one parsed file: [{ query: QueryContext, lineOffset, dynamic }] plus syntax problems of dynamic SOQL. */
function findQueries(tree) {
    const queries = [];
    const problems = [];
    for (const node of descendants(tree)) {
        if (node instanceof SoqlLiteralContext) {
            queries.push({ query: node.query(), lineOffset: 0 });
        } else if (node instanceof DotExpressionContext && node.dotMethodCall()) {
            const target = node.expression().getText().toLowerCase();
            const method = node.dotMethodCall().anyId().getText().toLowerCase();
            if (!(target === 'database' || target === 'system.database') || !DYNAMIC_QUERY_METHODS.has(method))
                continue;
            const args = node.dotMethodCall().expressionList()?.expression_list() ?? [];
            const text = args.length > 0 ? constantString(args[0]) : null;
            if (text === null) continue;
            const listener = new CollectingListener();
            const { parser } = ApexParserFactory.createLexerAndParser(text, listener);
            const query = parser.query();
            // Reported at the line of the first literal (a concatenation over several lines has no line breaks).
            const lineOffset = args[0].start.line - 1;
            if (listener.errors.length > 0) {
                const error = listener.errors[0];
                problems.push({
                    line: lineOffset + error.line,
                    message: `Dynamic SOQL does not parse: ${error.message}`
                });
            } else {
                queries.push({ query, lineOffset });
            }
        }
    }
    return { queries, problems };
}

class QueryChecker {
    constructor(schema, namespace, report) {
        this.schema = schema;
        this.namespace = namespace;
        this.report = report;
    }

    object(name) {
        return lookupObject(this.schema, name, this.namespace);
    }

    /** FROM list → { object, aliases }; reports an unknown object. */
    resolveFrom(fromList, lineOffset, parentObject) {
        let object = null;
        const aliases = new Set();
        for (const child of fromList.children ?? []) {
            if (child instanceof FieldNameContext && object === null) {
                const name = child.getText();
                const line = lineOffset + child.start.line;
                if (parentObject) {
                    const target = parentObject.children[normalizeName(name, this.namespace)];
                    if (!target) {
                        this.report(line, `Unknown child relationship '${name}' on ${parentObject.name}`);
                        return null;
                    }
                    object = this.object(target) ?? { name: target, any: true };
                } else {
                    object = this.object(name);
                    if (!object) {
                        this.report(line, `Unknown object '${name}'`);
                        return null;
                    }
                }
            } else if (child instanceof SoqlIdContext) {
                aliases.add(child.getText().toLowerCase());
            }
        }
        return object ? { object, aliases } : null;
    }

    /** Checks `A.B.C` from object; the last segment must be a field (or a relationship when allowRelationship). */
    checkPath(object, fieldName, scope, lineOffset, { allowRelationship = false } = {}) {
        const line = lineOffset + fieldName.start.line;
        let segments = fieldName.soqlId_list().map((id) => id.getText());
        if (segments.length > 1 && scope.aliases.has(segments[0].toLowerCase())) segments = segments.slice(1);
        if (segments.length === 1 && scope.selectAliases?.has(segments[0].toLowerCase())) return null;
        let current = object;
        for (let i = 0; i < segments.length; i++) {
            if (!current || current.any) return null;
            const segment = segments[i];
            const key = normalizeName(segment, this.namespace);
            const last = i === segments.length - 1;
            if (last) {
                if (current.fields[key]) return null;
                if (current.lookups[key] !== undefined) {
                    if (allowRelationship) {
                        const target = current.lookups[key];
                        return target === '*' ? { any: true } : (this.object(target) ?? { any: true });
                    }
                    this.report(
                        line,
                        `'${segment}' is a relationship on ${current.name}, not a field: select a field of it (e.g. ${segment}.Id) or ${segment}Id`
                    );
                    return null;
                }
                this.report(line, `Unknown field '${segment}' on ${current.name}`);
                return null;
            }
            const target = current.lookups[key];
            if (target === undefined) {
                const hint = current.fields[key] ? ` ('${segment}' is a field, not a relationship)` : '';
                this.report(line, `Unknown relationship '${segment}' on ${current.name}${hint}`);
                return null;
            }
            current = target === '*' ? null : (this.object(target) ?? null);
        }
        return null;
    }

    /** Walks a query or subquery part, checking every field name against object. */
    visit(node, object, scope, lineOffset) {
        if (
            node instanceof BoundExpressionContext ||
            node instanceof WithClauseContext ||
            node instanceof UsingScopeContext ||
            node instanceof FromNameListContext ||
            node instanceof LimitClauseContext ||
            node instanceof OffsetClauseContext ||
            node instanceof ForClausesContext
        ) {
            return;
        }
        if (node instanceof SubQueryContext) {
            const inSelect =
                node.parentCtx instanceof SelectEntryContext || node.parentCtx instanceof SubFieldEntryContext;
            this.checkQuery(node, lineOffset, inSelect ? object : null);
            return;
        }
        if (node instanceof TypeOfContext) {
            this.checkTypeOf(node, object, scope, lineOffset);
            return;
        }
        if (node instanceof FieldNameContext) {
            this.checkPath(object, node, scope, lineOffset);
            return;
        }
        for (const child of node.children ?? []) this.visit(child, object, scope, lineOffset);
    }

    checkTypeOf(typeOf, object, scope, lineOffset) {
        const relationship = this.checkPath(object, typeOf.fieldName(), scope, lineOffset, { allowRelationship: true });
        if (!relationship) return;
        for (const when of typeOf.whenClause_list()) {
            const typeName = when.fieldName().getText();
            const whenObject = this.object(typeName);
            if (!whenObject) {
                this.report(lineOffset + when.fieldName().start.line, `Unknown object '${typeName}' in TYPEOF`);
                continue;
            }
            for (const field of when.fieldNameList().fieldName_list()) {
                this.checkPath(whenObject, field, { aliases: new Set() }, lineOffset);
            }
        }
        // ELSE fields must exist on every possible type; the polymorphic Name object is the common denominator.
        const elseClause = typeOf.elseClause();
        const nameObject = this.object('Name');
        if (elseClause && nameObject) {
            for (const field of elseClause.fieldNameList().fieldName_list()) {
                this.checkPath(nameObject, field, { aliases: new Set() }, lineOffset);
            }
        }
    }

    /** A Query or SubQuery. parentObject is set for a child-relationship subquery in a select list. */
    checkQuery(query, lineOffset, parentObject = null) {
        const from = this.resolveFrom(query.fromNameList(), lineOffset, parentObject);
        if (!from) return;
        const scope = { aliases: from.aliases, selectAliases: new Set() };
        const entries =
            query instanceof QueryContext
                ? query.selectList().selectEntry_list()
                : query.subFieldList().subFieldEntry_list();
        for (const entry of entries) {
            const alias = entry.soqlId();
            if (alias) scope.selectAliases.add(alias.getText().toLowerCase());
        }
        for (const child of query.children ?? []) this.visit(child, from.object, scope, lineOffset);
    }
}

/**
 * Checks every query of the parsed files. `parsed` is the output of checkSyntax (files with syntax errors are
 * skipped: check 1 already reports them). Returns { problems, queryCount }.
 */
export function checkSoql(parsed, schema, namespace) {
    const problems = [];
    let queryCount = 0;
    for (const { file, tree, errors } of parsed) {
        if (errors.length > 0) continue;
        const report = (line, message) => problems.push({ check: 'soql', file, line, message });
        const found = findQueries(tree);
        for (const problem of found.problems) report(problem.line, problem.message);
        const checker = new QueryChecker(schema, namespace, report);
        for (const { query, lineOffset } of found.queries) {
            queryCount++;
            checker.checkQuery(query, lineOffset);
        }
    }
    return { problems, queryCount };
}
