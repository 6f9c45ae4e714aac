// The admin area starts on its counselors page; /practice/counselors is the same page.
export { default, metadata } from "./counselors/page";
