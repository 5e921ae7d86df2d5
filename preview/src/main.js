// Entry of the preview bundle. lightning-base-components needs synthetic shadow (so the global SLDS stylesheet
// applies inside components, as in Lightning Experience); it must load before any component.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'preview/app';
import { createApexMethod, refreshApex } from './runtime/apex.js';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { NavigationMixin } from 'lightning/navigation';

// Hooks for the browser console and the runtime tests (test/preview/runtime.test.mjs):
// await window.__preview.apex('LicenseStewardAppController', 'getAppContext')({}).
window.__preview = { apex: createApexMethod, refreshApex, ShowToastEvent, NavigationMixin };

const app = createElement('preview-app', { is: App });
document.getElementById('preview-root').appendChild(app);
