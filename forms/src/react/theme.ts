/**
 * The Chinese theme's stylesheet, sized for the 1366×768 screens of service-center windows: the form in two
 * columns with the materials checklist beside it; one column below 1100 px. Scoped under `.gov-form`.
 */
export const GOV_FORM_CSS = `
.gov-form { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; max-width: 1320px; box-sizing: border-box;
  font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
  font-size: 14px; line-height: 1.5; color: #1f2933; }
.gov-form.gov-form-with-materials { grid-template-columns: minmax(0, 1fr) minmax(320px, 420px); align-items: start; }
@media (max-width: 1100px) { .gov-form.gov-form-with-materials { grid-template-columns: minmax(0, 1fr); } }
.gov-form *, .gov-form *::before, .gov-form *::after { box-sizing: border-box; }
.gov-form .gov-form-hint { margin: 0 0 8px; color: #52606d; font-size: 13px; }
.gov-form fieldset { border: 1px solid #d9dee5; border-radius: 4px; padding: 8px 16px 4px; margin: 0 0 12px; min-width: 0;
  display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: 24px; row-gap: 2px; }
.gov-form fieldset > legend { font-weight: 600; font-size: 15px; padding: 0 6px; }
.gov-form fieldset > .field-description, .gov-form fieldset > .rjsf-field-object, .gov-form fieldset > .rjsf-field-array,
.gov-form fieldset > .form-group:has(textarea), .gov-form fieldset > .gf-wide, .gov-form fieldset > .rjsf-field-boolean,
.gov-form fieldset > .form-group:has(.gf-upload) { grid-column: 1 / -1; }
.gov-form .form-group { margin: 0 0 8px; min-width: 0; }
.gov-form label.control-label, .gov-form .gf-upload-label { display: block; margin-bottom: 2px; font-weight: 500; }
.gov-form input:not([type=checkbox]):not([type=radio]):not([type=file]), .gov-form select, .gov-form textarea {
  width: 100%; height: 32px; padding: 4px 8px; border: 1px solid #b8c2cc; border-radius: 3px; font: inherit; background: #fff; }
.gov-form textarea { height: auto; min-height: 64px; }
.gov-form input:focus, .gov-form select:focus, .gov-form textarea:focus { outline: 2px solid #90caf9; border-color: #1565c0; }
.gov-form .required { color: #c62828; margin-left: 2px; }
.gov-form .has-error input, .gov-form .has-error select, .gov-form .has-error textarea { border-color: #c62828; }
.gov-form .error-detail { list-style: none; padding: 0; margin: 2px 0 0; font-size: 13px; }
.gov-form .text-danger { color: #c62828; }
.gov-form .panel-danger { border: 1px solid #f5c2c0; background: #fdecea; border-radius: 4px; padding: 6px 12px; margin-bottom: 12px; }
.gov-form .panel-danger .panel-title { margin: 0; font-size: 14px; }
.gov-form .panel-danger .list-group { margin: 4px 0 0; padding-left: 20px; }
.gov-form .field-description, .gov-form .help-block { color: #52606d; font-size: 13px; margin: 0 0 4px; }
.gov-form .gov-form-footer { display: flex; align-items: center; gap: 16px; flex-wrap: wrap; margin-top: 4px; }
.gov-form .gf-submit { height: 36px; min-width: 120px; padding: 0 28px; border: 0; border-radius: 3px; background: #1565c0;
  color: #fff; font: inherit; font-size: 15px; cursor: pointer; }
.gov-form .gf-submit:disabled { background: #9fb3c8; cursor: not-allowed; }
.gov-form .gf-blocked { margin: 0; padding: 6px 12px; border-radius: 3px; background: #fdecea; color: #b71c1c; flex: 1 1 320px; }
.gov-form .gov-form-aside { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; }
.gov-form .gf-materials { display: block; padding: 8px 12px; }
.gov-form .gf-materials-status { margin: 0 0 6px; padding: 4px 8px; border-radius: 3px; font-size: 13px; }
.gov-form .gf-ok { background: #e8f5e9; color: #1b5e20; }
.gov-form .gf-warn { background: #fff4e5; color: #8a4b00; }
.gov-form .gf-materials-list { list-style: none; margin: 0; padding: 0; }
.gov-form .gf-material { padding: 6px 0; border-bottom: 1px dashed #e4e7eb; }
.gov-form .gf-material:last-child { border-bottom: 0; }
.gov-form .gf-material-main { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; cursor: pointer; }
.gov-form .gf-not-needed .gf-material-name { color: #7b8794; }
.gov-form .gf-missing .gf-material-name { color: #b71c1c; font-weight: 600; }
.gov-form .gf-tag { font-size: 12px; padding: 0 6px; border-radius: 8px; background: #eef2f6; color: #52606d; }
.gov-form .gf-tag-required { background: #fdecea; color: #b71c1c; }
.gov-form .gf-material-facts { display: block; margin-left: 22px; color: #616e7c; font-size: 12px; }
.gov-form .gf-material-counts { display: flex; gap: 16px; margin: 4px 0 0 22px; font-size: 13px; }
.gov-form .gf-count { display: inline-flex; align-items: center; gap: 4px; }
.gov-form .gf-material-counts .gf-count input[type=number] { width: 56px; height: 26px; padding: 2px 4px; }
.gov-form .gf-material .gf-upload { margin: 4px 0 0 22px; }
.gov-form .gf-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.gov-form .gf-upload-control { display: flex; align-items: center; gap: 8px; }
.gov-form .gf-upload-button { display: inline-block; padding: 3px 14px; border: 1px solid #1565c0; border-radius: 3px;
  color: #1565c0; background: #fff; font-size: 13px; cursor: pointer; }
.gov-form .gf-upload-button.gf-disabled { border-color: #b8c2cc; color: #9aa5b1; pointer-events: none; }
.gov-form input[type=file]:focus-visible + .gf-upload-button { outline: 2px solid #90caf9; }
.gov-form .gf-upload-none { color: #7b8794; font-size: 13px; }
.gov-form .gf-upload-hint { display: block; color: #616e7c; font-size: 12px; }
.gov-form .gf-upload-error { margin: 2px 0; color: #c62828; font-size: 13px; }
.gov-form .gf-upload-progress { margin: 2px 0; color: #1565c0; font-size: 13px; }
.gov-form .gf-upload-done { margin: 2px 0; color: #1b5e20; font-size: 13px; }
.gov-form .gf-link-button { margin-left: 8px; border: 0; background: none; color: #1565c0; cursor: pointer; font: inherit; }
`;
