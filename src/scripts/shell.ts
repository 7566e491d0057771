// The page shell's scripts, bundled as one small module (one request, one gzip stream): the theme
// toggle, the language switch's state carrying, anchor-link copying and the "On this page" marker.
import './theme-toggle';
import './lang-switch';
import './heading-links';
import './toc-spy';
