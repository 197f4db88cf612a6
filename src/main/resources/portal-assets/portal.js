// The portal works without JavaScript; this only enhances it with GOV.UK Frontend's components
// (error summary focus, double-click prevention, the service navigation's menu on small screens).
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
