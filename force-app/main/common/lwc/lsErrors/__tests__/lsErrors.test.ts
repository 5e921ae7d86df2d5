import { reduceErrors, settle } from 'c/lsErrors';

describe('reduceErrors', () => {
    it('reads an AuraHandledException body', () => {
        expect(reduceErrors({ body: { message: 'Pick a business hours record.' } })).toEqual([
            'Pick a business hours record.'
        ]);
    });

    it('reads DML page and field errors', () => {
        const dmlError = {
            body: {
                pageErrors: [{ message: 'Duplicate assignment' }],
                fieldErrors: { Name: [{ message: 'Name is required' }] }
            }
        };
        expect(reduceErrors(dmlError)).toEqual(['Duplicate assignment', 'Name is required']);
    });

    it('flattens a list of errors and drops duplicates', () => {
        const errors = [new Error('Network down'), { body: [{ message: 'A' }, { message: 'A' }] }, 'plain text'];
        expect(reduceErrors(errors)).toEqual(['Network down', 'A', 'plain text']);
    });

    it('falls back to statusText, then to a generic message', () => {
        expect(reduceErrors({ statusText: 'Server Error' })).toEqual(['Server Error']);
        expect(reduceErrors(undefined)).toEqual(['Unknown error']);
        expect(reduceErrors({})).toEqual(['Unknown error']);
    });

    it('stringifies primitives', () => {
        expect(reduceErrors(42)).toEqual(['42']);
    });
});

describe('settle', () => {
    it('gives the value and no errors when the call answers', async () => {
        await expect(settle(() => Promise.resolve({ seats: 3 }))).resolves.toEqual({ value: { seats: 3 }, errors: [] });
    });

    it('gives null for an answer of undefined', async () => {
        await expect(settle(() => Promise.resolve(undefined))).resolves.toEqual({ value: null, errors: [] });
    });

    it('gives null and the readable messages when the call throws', async () => {
        const failing = (): Promise<number> => Promise.reject({ body: { message: 'Run RR-1 was not found.' } });
        await expect(settle(failing)).resolves.toEqual({ value: null, errors: ['Run RR-1 was not found.'] });
    });
});
