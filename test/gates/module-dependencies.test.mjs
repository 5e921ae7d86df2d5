// The module dependency rule (docs/ARCHITECTURE.md, Modules) on the project, and on planted violations.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { checkModuleDependencies, loadRules, readModules } from '../../scripts/module-deps/check-module-deps.mjs';

const temps = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder with the given files (path → text). */
function project(files) {
    const root = mkdtempSync(join(tmpdir(), 'module-deps-'));
    temps.push(root);
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    return root;
}

const RULES = {
    openModules: ['common'],
    publicApi: { engine: { class: ['EngineService'], bundle: ['engineFlow'], object: [] } },
    exceptions: []
};

/** common, an engine with a public API and internals, and a feature that uses them as `featureFiles` say. */
function sample(featureFiles = {}) {
    return project({
        'force-app/main/common/classes/services/Access.cls': 'public with sharing class Access {}',
        'force-app/main/common/lwc/lsErrors/lsErrors.ts': 'export const x = 1;',
        'force-app/main/engine/classes/services/EngineService.cls': 'public with sharing class EngineService {}',
        'force-app/main/engine/classes/services/EngineInternals.cls': 'public with sharing class EngineInternals {}',
        'force-app/main/engine/objects/Engine_Run__c/Engine_Run__c.object-meta.xml': '<CustomObject/>',
        'force-app/main/engine/lwc/engineFlow/engineFlow.ts': 'export default class {}',
        'force-app/main/engine/lwc/engineStep/engineStep.ts': 'export default class {}',
        'force-app/main/feature/classes/services/FeatureService.cls':
            "public with sharing class FeatureService {\n  // EngineInternals in a comment is fine\n  String s = 'EngineInternals';\n  Access a; EngineService e;\n}",
        'force-app/main/feature/lwc/featurePage/featurePage.ts':
            "import { reduceErrors } from 'c/lsErrors';\nimport x from 'c/engineFlow';",
        'force-app/main/feature/lwc/featurePage/featurePage.html': '<template><c-engine-flow></c-engine-flow></template>',
        ...featureFiles
    });
}

describe('module dependency rule', () => {
    it('holds in the project (exceptions have reasons)', () => {
        const violations = checkModuleDependencies(loadRules());
        assert.deepEqual(
            violations.map((v) => v.message),
            []
        );
    });

    it('reads every module of force-app/main and its Apex tests', () => {
        const { modules, files } = readModules();
        assert.deepEqual(modules.sort(), [
            'common',
            'home',
            'license-dashboard',
            'license-history',
            'lma-health',
            'remediation',
            'rollup-api',
            'savings',
            'voice-minutes'
        ]);
        assert.ok(files.some((f) => f.file.includes(join('force-app', 'tests', 'remediation'))));
    });

    it('passes a feature that uses common and the public API only', () => {
        assert.deepEqual(checkModuleDependencies(RULES, sample()), []);
    });

    it('fails a planted Apex reference to an internal class, and to an internal object', () => {
        const root = sample({
            'force-app/main/feature/classes/services/Sneaky.cls':
                'public with sharing class Sneaky {\n  EngineInternals i;\n  List<Engine_Run__c> runs = [SELECT Id FROM lsteward__Engine_Run__c];\n}'
        });
        const violations = checkModuleDependencies(RULES, root);
        assert.deepEqual(
            violations.map((v) => `${v.file}:${v.line} ${v.from}->${v.to} ${v.kind} ${v.name}`),
            [
                'force-app/main/feature/classes/services/Sneaky.cls:2 feature->engine class EngineInternals',
                'force-app/main/feature/classes/services/Sneaky.cls:3 feature->engine object Engine_Run__c'
            ]
        );
    });

    it('fails a planted LWC import, tag and Apex import of an internal', () => {
        const root = sample({
            'force-app/main/feature/lwc/other/other.ts':
                "import step from 'c/engineStep';\nimport run from '@salesforce/apex/EngineInternals.run';",
            'force-app/main/feature/lwc/other/other.html': '<template>\n<c-engine-step></c-engine-step></template>'
        });
        const found = checkModuleDependencies(RULES, root).map((v) => `${v.file}:${v.line} ${v.kind} ${v.name}`);
        assert.deepEqual(found.sort(), [
            'force-app/main/feature/lwc/other/other.html:2 bundle engineStep',
            'force-app/main/feature/lwc/other/other.ts:1 bundle engineStep',
            'force-app/main/feature/lwc/other/other.ts:2 class EngineInternals'
        ]);
    });

    it('fails common using a feature, even its public API', () => {
        const root = sample({
            'force-app/main/common/classes/services/Leaky.cls': 'public with sharing class Leaky { EngineService e; }'
        });
        assert.deepEqual(
            checkModuleDependencies(RULES, root).map((v) => `${v.from}->${v.to} ${v.name}`),
            ['common->engine EngineService']
        );
    });

    it('fails an Apex test that reaches into another module, and accepts an exception only with its reason', () => {
        const files = {
            'force-app/tests/feature/classes/services/FeatureServiceTest.cls':
                '@IsTest private class FeatureServiceTest { EngineInternals i; }'
        };
        assert.equal(checkModuleDependencies(RULES, sample(files)).length, 1);
        const excused = { from: 'feature', to: 'engine', kind: 'class', name: 'EngineInternals' };
        assert.equal(checkModuleDependencies({ ...RULES, exceptions: [excused] }, sample(files)).length, 1);
        const withReason = { ...excused, reason: 'reviewed: why' };
        assert.equal(checkModuleDependencies({ ...RULES, exceptions: [withReason] }, sample(files)).length, 0);
    });
});
