// Preview stub of lightning/platformShowToastEvent: same event as the platform (lightning__showtoast, bubbles,
// composed); the preview shell (preview/app) listens for it and shows an SLDS toast.
export class ShowToastEvent extends CustomEvent {
    constructor(toast = {}) {
        super('lightning__showtoast', {
            bubbles: true,
            composed: true,
            cancelable: true,
            detail: {
                title: toast.title,
                message: toast.message,
                messageData: toast.messageData,
                variant: toast.variant ?? 'info',
                mode: toast.mode ?? 'dismissible'
            }
        });
    }
}
