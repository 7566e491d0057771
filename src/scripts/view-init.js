(function(){var d=document.documentElement;d.dataset.js='';try{if(new URLSearchParams(location.search).get('view')==='report')d.dataset.layerView='report'}catch(e){}
function keep(e){if(d.dataset.layerView!=='report')return;var a=e.target instanceof Element&&e.target.closest('a[href]');if(!a||a.origin!==location.origin||!/\/$/.test(a.pathname))return;var u=new URL(a.href);if(u.pathname===location.pathname&&u.search===location.search)return;u.searchParams.set('view','report');a.href=u.href}
addEventListener('click',keep,true);addEventListener('auxclick',keep,true)})();
