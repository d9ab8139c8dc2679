(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var e,t,n,r,i,a,o,s,c,l,u,d,f,p,m={},h=[],g=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_=Array.isArray;function v(e,t){for(var n in t)e[n]=t[n];return e}function y(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function b(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return x(t,s,i,a,null)}function x(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function S(e){return e.children}function C(e,t){this.props=e,this.context=t}function w(e,t){if(t==null)return e.__?w(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?w(e):null}function T(e){if(e.__P&&e.__d){var n=e.__v,r=n.__e,i=[],a=[],o=v({},n);o.__v=n.__v+1,t.vnode&&t.vnode(o),ne(e.__P,o,n,e.__n,e.__P.namespaceURI,32&n.__u?[r]:null,i,r??w(n),!!(32&n.__u),a),o.__v=n.__v,o.__.__k[o.__i]=o,ie(i,o,a),n.__e=n.__=null,o.__e!=r&&E(o)}}function E(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),E(e)}function D(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!O.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(O)}function O(){try{for(var e,t=1;r.length;)r.length>t&&r.sort(o),e=r.shift(),t=r.length,T(e)}finally{r.length=O.__r=0}}function ee(e,t,n,r,i,a,o,s,c,l,u){var d,f,p,g,_,v,y=r&&r.__k||h,b=t.length;for(c=k(n,t,y,c,b),d=0;d<b;d++)(p=n.__k[d])!=null&&(f=p.__i!=-1&&y[p.__i]||m,p.__i=d,v=ne(e,p,f,i,a,o,s,c,l,u),g=p.__e,p.ref&&f.ref!=p.ref&&(f.ref&&se(f.ref,null,p),u.push(p.ref,p.__c||g,p)),_==null&&g!=null&&(_=g),4&p.__u?(c=A(p,c,e),f.__e&&(f.__e=null)):typeof p.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),p.__u&=-7);return n.__e=_,c}function k(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?o=e.__k[a]=x(null,o,null,null,null):_(o)?o=e.__k[a]=x(S,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[a]=x(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[a]=o,c=a+f,o.__=e,o.__b=e.__b+1,s=null,(l=o.__i=te(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=w(s)),ce(s,s));return r}function A(e,t,n){var r,i;if(typeof e.type==`function`){for(r=e.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=e,t=A(r[i],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=w(e)),t=n.insertBefore(e.__e,t||null));do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function te(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function j(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||g.test(t)?n:n+`px`}function M(e,t,n,r,i){var a,o;e:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||j(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||j(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(u,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n[l]=r[l]:(n[l]=d,e.addEventListener(t,a?p:f,a)):e.removeEventListener(t,a?p:f,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break e}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function N(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n[c]==null)n[c]=d++;else if(n[c]<r[l])return;return r(t.event?t.event(n):n)}}}function ne(e,n,r,i,a,o,s,c,l,u){var d,f,p,m,g,b,x,T,E,D,O,k,A,te,j,M,N=n.type;if(n.constructor!==void 0)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);e:if(typeof N==`function`){f=s.length;try{if(E=n.props,D=N.prototype&&N.prototype.render,O=(d=N.contextType)&&i[d.__c],k=d?O?O.props.value:d.__:i,r.__c?T=(p=n.__c=r.__c).__=p.__E:(D?n.__c=p=new N(E,k):(n.__c=p=new C(E,k),p.constructor=N,p.render=le),O&&O.sub(p),p.state||(p.state={}),p.__n=i,m=p.__d=!0,p.__h=[],p._sb=[]),D&&p.__s==null&&(p.__s=p.state),D&&N.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=v({},p.__s)),v(p.__s,N.getDerivedStateFromProps(E,p.__s))),g=p.props,b=p.state,p.__v=n,m)D&&N.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),D&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(D&&N.getDerivedStateFromProps==null&&E!==g&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(E,k),n.__v==r.__v||!p.__e&&p.shouldComponentUpdate!=null&&!1===p.shouldComponentUpdate(E,p.__s,k)){n.__v!=r.__v&&(p.props=E,p.state=p.__s,p.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),h.push.apply(p.__h,p._sb),p._sb=[],p.__h.length&&s.push(p),c=w(r);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(E,p.__s,k),D&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(g,b,x)})}if(p.context=k,p.props=E,p.__P=e,p.__e=!1,A=t.__r,te=0,D)p.state=p.__s,p.__d=!1,A&&A(n),d=p.render(p.props,p.state,p.context),h.push.apply(p.__h,p._sb),p._sb=[];else do p.__d=!1,A&&A(n),d=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++te<25);p.state=p.__s,p.getChildContext!=null&&(i=v(v({},i),p.getChildContext())),D&&!m&&p.getSnapshotBeforeUpdate!=null&&(x=p.getSnapshotBeforeUpdate(g,b)),j=d!=null&&d.type===S&&d.key==null?ae(d.props.children):d,c=ee(e,_(j)?j:[j],n,r,i,a,o,s,c,l,u),p.base=n.__e,n.__u&=-161,p.__h.length&&s.push(p),T&&(p.__E=p.__=null)}catch(e){if(s.length=f,n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o!=null&&(o[o.indexOf(c)]=null),n.__e=c}else if(o!=null)for(M=o.length;M--;)y(o[M])}else n.__e=r.__e;n.__k??=r.__k||[],e.then||re(n),t.__e(e,n,r)}}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=oe(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function re(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(re))}function ie(e,n,r){for(var i=0;i<r.length;i++)se(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function ae(e){return typeof e!=`object`||!e||e.__b>0?e:_(e)?e.map(ae):e.constructor===void 0?v({},e):null}function oe(n,r,i,a,o,s,c,l,u){var d,f,p,h,g,v,b,x=i.props||m,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(d=0;d<s.length;d++)if((g=s[d])&&`setAttribute`in g==!!C&&(C?g.localName==C:g.nodeType==3)){n=g,s[d]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s=C==`textarea`&&S.defaultValue!=null?null:s&&e.call(n.childNodes),!l&&s!=null)for(x={},d=0;d<n.attributes.length;d++)x[(g=n.attributes[d]).name]=g.value;for(d in x)g=x[d],d==`dangerouslySetInnerHTML`?p=g:d==`children`||d in S||d==`value`&&`defaultValue`in S||d==`checked`&&`defaultChecked`in S||M(n,d,null,g,o);for(d in S)g=S[d],d==`children`?h=g:d==`dangerouslySetInnerHTML`?f=g:d==`value`?v=g:d==`checked`?b=g:l&&typeof g!=`function`||x[d]===g||M(n,d,g,x[d],o);if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[];else if(p&&(n.innerHTML=``),ee(r.type==`template`?n.content:n,_(h)?h:[h],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&w(i,0),l,u),s!=null)for(d=s.length;d--;)y(s[d]);l&&C!=`textarea`||(d=`value`,C==`progress`&&v==null?n.removeAttribute(`value`):v!=null&&(v!==n[d]||C==`progress`&&!v||C==`option`&&v!=x[d])&&M(n,d,v,x[d],o),d=`checked`,b!=null&&b!=n[d]&&M(n,d,b,x[d],o))}return n}function se(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function ce(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||se(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&ce(i[a],n,r||typeof e.type!=`function`);r||y(e.__e),e.__c=e.__=e.__e=void 0}function le(e,t,n){return this.constructor(e,n)}function ue(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],ne(r,n=(!a&&i||r).__k=b(S,null,[n]),o||m,m,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),ie(s,n,c),n.props.children=null}e=h.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,C.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=v({},this.state);typeof e==`function`&&(e=e(v({},n),this.props)),e&&v(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),D(this))},C.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),D(this))},C.prototype.render=S,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},O.__r=0,s=Math.random().toString(8),c=`__d`+s,l=`__a`+s,u=/(PointerCapture)$|Capture$/i,d=0,f=N(!1),p=N(!0);var de,P,fe,pe,me=0,he=[],F=t,ge=F.__b,_e=F.__r,ve=F.diffed,ye=F.__c,be=F.unmount,xe=F.__;function Se(e,t){F.__h&&F.__h(P,e,me||t),me=0;var n=P.__H||(P.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function I(e){return me=1,Ce(Ne,e)}function Ce(e,t,n){var r=Se(de++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ne(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=P,!P.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=!1,o=r.__c.props!==e;if(r.__c.__H.__.some(function(e){if(e.__N){i=!0;var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a){var s=a.call(this,e,t,n);return i?s||o:s}return!i||o};P.__f=!0;var a=P.shouldComponentUpdate,o=P.componentWillUpdate;P.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},P.shouldComponentUpdate=i}return r.__N||r.__}function L(e,t){var n=Se(de++,3);!F.__s&&Me(n.__H,t)&&(n.__=e,n.u=t,P.__H.__h.push(n))}function we(e){return me=5,Te(function(){return{current:e}},[])}function Te(e,t){var n=Se(de++,7);return Me(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Ee(e,t){return me=8,Te(function(){return e},t)}function De(){for(var e;e=he.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ae),t.__h.some(je),t.__h=[]}catch(n){t.__h=[],F.__e(n,e.__v)}}}F.__b=function(e){P=null,ge&&ge(e)},F.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),xe&&xe(e,t)},F.__r=function(e){_e&&_e(e),de=0;var t=(P=e.__c).__H;t&&(fe===P?(t.__h=[],P.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.some(Ae),t.__h.some(je),t.__h=[],de=0)),fe=P},F.diffed=function(e){ve&&ve(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(he.push(t)!==1&&pe===F.requestAnimationFrame||((pe=F.requestAnimationFrame)||ke)(De)),t.__H.__.some(function(e){e.u&&=(e.__H=e.u,void 0)})),fe=P=null},F.__c=function(e,t){t.some(function(e){try{e.__h.some(Ae),e.__h=e.__h.filter(function(e){return!e.__||je(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],F.__e(n,e.__v)}}),ye&&ye(e,t)},F.unmount=function(e){be&&be(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(e){try{Ae(e)}catch(e){t=e}}),n.__H=void 0,t&&F.__e(t,n.__v))};var Oe=typeof requestAnimationFrame==`function`;function ke(e){var t,n=function(){clearTimeout(r),Oe&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Oe&&(t=requestAnimationFrame(n))}function Ae(e){var t=P,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),P=t}function je(e){var t=P;e.__c=e.__(),P=t}function Me(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Ne(e,t){return typeof t==`function`?t(e):t}var Pe=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,Pe(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},Fe=new Map;function Ie(e){var t=Fe.get(this);return t||(t=new Map,Fe.set(this,t)),(t=Pe(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var R=Ie.bind(b),z=`samraad.token`,Le=`samraad.expired`;function Re(){let e=new URL(location.href),t=e.searchParams.get(`token`);t!==null&&(t?(localStorage.setItem(z,t.trim()),localStorage.removeItem(Le)):localStorage.removeItem(z),e.searchParams.delete(`token`),history.replaceState(null,``,e.pathname+e.search+e.hash))}function ze(e){let t=e.split(`.`)[1];if(!t)return null;try{let e=atob(t.replace(/-/g,`+`).replace(/_/g,`/`)),n=Uint8Array.from(e,e=>e.charCodeAt(0)),r=JSON.parse(new TextDecoder().decode(n));return typeof r.sub==`string`?r:null}catch{return null}}function Be(){let e=localStorage.getItem(z);if(!e)return null;let t=ze(e);return t?.exp!==void 0&&t.exp*1e3<=Date.now()?(We(),null):e}function Ve(){let e=Be();return e?ze(e):null}function He(e){return ze(e.trim())?(localStorage.setItem(z,e.trim()),localStorage.removeItem(Le),!0):!1}function Ue(){localStorage.removeItem(z),localStorage.removeItem(Le)}function We(){localStorage.removeItem(z),localStorage.setItem(Le,`1`)}function Ge(){return localStorage.getItem(Le)===`1`}var Ke=`samraad.return`;function qe(e){sessionStorage.setItem(Ke,e)}function Je(){let e=sessionStorage.getItem(Ke);return sessionStorage.removeItem(Ke),e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:`/`}function B(e){return e===null?`null`:Array.isArray(e)?`array`:typeof e}function V(e){return B(e)===`object`}function Ye(e){return Array.isArray(e)&&e.length>0&&e.every(e=>`message`in e)}function Xe(e,t){return e.length<124?e:t}var H=(e=>(e[e.InternalServerError=4500]=`InternalServerError`,e[e.InternalClientError=4005]=`InternalClientError`,e[e.BadRequest=4400]=`BadRequest`,e[e.BadResponse=4004]=`BadResponse`,e[e.Unauthorized=4401]=`Unauthorized`,e[e.Forbidden=4403]=`Forbidden`,e[e.SubprotocolNotAcceptable=4406]=`SubprotocolNotAcceptable`,e[e.ConnectionInitialisationTimeout=4408]=`ConnectionInitialisationTimeout`,e[e.ConnectionAcknowledgementTimeout=4504]=`ConnectionAcknowledgementTimeout`,e[e.SubscriberAlreadyExists=4409]=`SubscriberAlreadyExists`,e[e.TooManyInitialisationRequests=4429]=`TooManyInitialisationRequests`,e))(H||{}),U=(e=>(e.ConnectionInit=`connection_init`,e.ConnectionAck=`connection_ack`,e.Ping=`ping`,e.Pong=`pong`,e.Subscribe=`subscribe`,e.Next=`next`,e.Error=`error`,e.Complete=`complete`,e))(U||{});function Ze(e){if(!V(e))throw Error(`Message is expected to be an object, but got ${B(e)}`);if(!e.type)throw Error(`Message is missing the 'type' property`);if(typeof e.type!=`string`)throw Error(`Message is expects the 'type' property to be a string, but got ${B(e.type)}`);switch(e.type){case`connection_init`:case`connection_ack`:case`ping`:case`pong`:if(e.payload!=null&&!V(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break;case`subscribe`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${B(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!V(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${B(e.payload)}`);if(typeof e.payload.query!=`string`)throw Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${B(e.payload.query)}`);if(e.payload.variables!=null&&!V(e.payload.variables))throw Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${B(e.payload.variables)}`);if(e.payload.operationName!=null&&B(e.payload.operationName)!==`string`)throw Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${B(e.payload.operationName)}`);if(e.payload.extensions!=null&&!V(e.payload.extensions))throw Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${B(e.payload.extensions)}`);break;case`next`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${B(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!V(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${B(e.payload)}`);break;case`error`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${B(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ye(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break;case`complete`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${B(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);break;default:throw Error(`Invalid message 'type' property "${e.type}"`)}return e}function Qe(e,t){return Ze(typeof e==`string`?JSON.parse(e,t):e)}function $e(e,t){return Ze(e),JSON.stringify(e,t)}function et(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:a=0,keepAlive:o=0,disablePong:s,connectionAckWaitTimeout:c=0,retryAttempts:l=5,retryWait:u=async function(e){let t=2**e;await new Promise(e=>setTimeout(e,t*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:d=nt,on:f,webSocketImpl:p,generateID:m=function(){return`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.replace(/[xy]/g,e=>{let t=Math.random()*16|0;return(e==`x`?t:t&3|8).toString(16)})},jsonMessageReplacer:h,jsonMessageReviver:g}=e,_;if(p){if(!it(p))throw Error(`Invalid WebSocket implementation provided`);_=p}else typeof WebSocket<`u`?_=WebSocket:typeof global<`u`?_=global.WebSocket||global.MozWebSocket:typeof window<`u`&&(_=window.WebSocket||window.MozWebSocket);if(!_)throw Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let v=_,y=(()=>{let e=(()=>{let e={};return{on(t,n){return e[t]=n,()=>{delete e[t]}},emit(t){`id`in t&&e[t.id]?.(t)}}})(),t={connecting:f?.connecting?[f.connecting]:[],opened:f?.opened?[f.opened]:[],connected:f?.connected?[f.connected]:[],ping:f?.ping?[f.ping]:[],pong:f?.pong?[f.pong]:[],message:f?.message?[e.emit,f.message]:[e.emit],closed:f?.closed?[f.closed]:[],error:f?.error?[f.error]:[]};return{onMessage:e.on,on(e,n){let r=t[e];return r.push(n),()=>{let e=r.indexOf(n);e>-1&&r.splice(e,1)}},emit(e,...n){for(let r of[...t[e]])r(...n)}}})();function b(e){let t=[y.on(`error`,n=>{t.forEach(e=>e()),e(n)}),y.on(`closed`,n=>{t.forEach(e=>e()),e(n)})];return()=>t.forEach(e=>e())}let x,S=0,C,w=!1,T=0,E=!1;async function D(){clearTimeout(C);let[e,r]=await(x??=new Promise((e,r)=>(async()=>{if(w){if(await u(T),!S)return x=void 0,r({code:1e3,reason:`All Subscriptions Gone`});T++}y.emit(`connecting`,w);let i=new v(typeof t==`function`?await t():t,`graphql-transport-ws`),a,l;function d(){isFinite(o)&&o>0&&(clearTimeout(l),l=setTimeout(()=>{i.readyState===v.OPEN&&(i.send($e({type:U.Ping})),y.emit(`ping`,!1,void 0))},o))}b(e=>{x=void 0,clearTimeout(a),clearTimeout(l),r(e),e instanceof tt&&(i.close(4499,`Terminated`),i.onerror=null,i.onclose=null)}),i.onerror=e=>y.emit(`error`,e),i.onclose=e=>y.emit(`closed`,e),i.onopen=async()=>{try{y.emit(`opened`,i);let e=typeof n==`function`?await n():n;if(i.readyState!==v.OPEN)return;i.send($e(e?{type:U.ConnectionInit,payload:e}:{type:U.ConnectionInit},h)),isFinite(c)&&c>0&&(a=setTimeout(()=>{i.close(H.ConnectionAcknowledgementTimeout,`Connection acknowledgement timeout`)},c)),d()}catch(e){y.emit(`error`,e),i.close(H.InternalClientError,Xe(e instanceof Error?e.message:String(e),`Internal client error`))}};let f=!1;i.onmessage=({data:t})=>{try{let n=Qe(t,g);if(y.emit(`message`,n),n.type===`ping`||n.type===`pong`){y.emit(n.type,!0,n.payload),n.type===`pong`?d():s||(i.send($e(n.payload?{type:U.Pong,payload:n.payload}:{type:U.Pong},h)),y.emit(`pong`,!1,n.payload));return}if(f)return;if(n.type!==U.ConnectionAck)throw Error(`First message cannot be of type ${n.type}`);clearTimeout(a),f=!0,y.emit(`connected`,i,n.payload,w),w=!1,T=0;let r=new Promise((e,t)=>b(t));r.catch(()=>{}),e([i,r])}catch(e){i.onmessage=null,y.emit(`error`,e),i.close(H.BadResponse,Xe(e instanceof Error?e.message:String(e),`Bad response`))}}})()));e.readyState===v.CLOSING&&await r;let i=()=>{},l=new Promise(e=>i=e);return[e,i,new Promise((t,n)=>{let i=b(n);e.readyState!==v.OPEN&&r.catch(n),l.then(()=>{if(i(),!S){let t=()=>e.close(1e3,`Normal Closure`);isFinite(a)&&a>0?(clearTimeout(C),C=setTimeout(()=>{!S&&e.readyState===v.OPEN&&t()},a)):t()}t()})})]}function O(e){if(nt(e)&&(rt(e.code)||[H.InternalServerError,H.InternalClientError,H.BadRequest,H.BadResponse,H.Unauthorized,H.SubprotocolNotAcceptable,H.SubscriberAlreadyExists,H.TooManyInitialisationRequests].includes(e.code)))throw e;if(E)return!1;if(nt(e)&&e.code===1e3)return S>0;if(!l||T>=l||!d(e))throw e;return w=!0}r||(async()=>{for(S++;;)try{let[,,e]=await D();await e}catch(e){try{if(!O(e))return}catch(e){return i?.(e)}}})();function ee(e,t){let n=m(e),r=!1,i=!1,a=()=>{S--,r=!0};return(async()=>{for(S++;;)try{let[o,s,c]=await D();if(r)return c.catch(()=>{}),s();let l=y.onMessage(n,e=>{switch(e.type){case U.Next:t.next(e.payload);return;case U.Error:i=!0,r=!0,t.error(e.payload),a();return;case U.Complete:r=!0,a();return}});o.send($e({id:n,type:U.Subscribe,payload:e},h)),a=()=>{!r&&o.readyState===v.OPEN&&o.send($e({id:n,type:U.Complete},h)),S--,r=!0,s()},await c.finally(l);return}catch(e){if(!O(e))return}})().then(()=>{i||t.complete()}).catch(e=>{t.error(e)}),()=>{r||a()}}return{on:y.on,subscribe:ee,iterate(e){let t=[],n={done:!1,error:null,resolve:()=>{}},r=ee(e,{next(e){t.push(e),n.resolve()},error(e){n.done=!0,n.error=e,n.resolve()},complete(){n.done=!0,n.resolve()}}),i=async function*(){for(;;){for(t.length||await new Promise(e=>n.resolve=e);t.length;)yield t.shift();if(n.error)throw n.error;if(n.done)return}}();return i.throw=async e=>(n.done||(n.done=!0,n.error=e,n.resolve()),{done:!0,value:void 0}),i.return=async()=>(r(),{done:!0,value:void 0}),i},async dispose(){if(E=!0,x){let[e]=await x;e.close(1e3,`Normal Closure`)}},terminate(){x&&y.emit(`closed`,new tt)}}}var tt=class extends Error{name=`TerminatedCloseEvent`;message=`4499: Terminated`;code=4499;reason=`Terminated`;wasClean=!1};function nt(e){return V(e)&&`code`in e&&`reason`in e}function rt(e){return![1e3,1001,1006,1005,1012,1013,1014].includes(e)&&e>=1e3&&e<=1999}function it(e){return typeof e==`function`&&`constructor`in e&&`CLOSED`in e&&`CLOSING`in e&&`CONNECTING`in e&&`OPEN`in e}var at={app:`Samraad`,skip:`Spring til indhold`,signIn:`Log ind`,signOut:`Log ud`,signInTitle:`Log ind i Samraad`,signInLead:`Indsæt det token, du har fået udleveret. På en udviklingsmaskine skrives det ud af kommandoen i README (samraad demo eller samraad token).`,token:`Token`,expired:`Dit login er udløbet. Log ind igen – dine kladder er gemt i browseren.`,tokenInvalid:`Det er ikke et gyldigt token.`,continueAsPublic:`Fortsæt uden login (offentlige punkter)`,partnerships:`Partnerskaber`,noPartnerships:`Du er ikke medlem af noget partnerskab endnu.`,forums:`Fora`,calendar:`Mødekalender`,noMeetings:`Ingen møder.`,followUps:`Åbne opfølgninger for din organisation`,noFollowUps:`Ingen åbne opfølgninger.`,initiatives:`Initiativer`,noInitiatives:`Ingen initiativer.`,funds:`Puljer`,balance:`Disponibelt`,ledger:`Posteringer`,balanceOverTime:`Disponibelt over tid`,date:`Dato`,type:`Type`,amount:`Beløb`,availableAfter:`Disponibelt efter`,activities:`Aktiviteter`,schedule:`Tidsplan`,resources:`Ressourcer`,scheduleMeeting:`Planlæg møde`,forum:`Forum`,time:`Tidspunkt`,place:`Mødested`,onlineLink:`Teams-link`,save:`Gem`,cancel:`Annullér`,meeting:`Møde`,agenda:`Dagsorden`,live:`Mødet`,minutes:`Referat`,status:`Status`,edit:`Redigér`,addSection:`Tilføj afsnit`,write:`Skriv`,preview:`Forhåndsvisning`,proposeItem:`Foreslå punkt`,title:`Titel`,kind:`Type`,visibility:`Synlighed`,open:`Åben`,closed:`Lukket`,summary:`Resumé`,accept:`Godkend punkt`,reject:`Afvis`,moveUp:`Flyt op`,moveDown:`Flyt ned`,publish:`Udsend dagsorden`,published:`Udsendt`,draft:`Kladde`,changedAfterPublication:`Ændret efter udsendelse`,proposed:`Foreslået`,conflictTitle:`En anden har ændret afsnittet imens`,conflictLead:`Din tekst er ikke gået tabt. Sammenlign med den nye version, flet dem i feltet herunder og gem igen.`,theirs:`Den nye version`,yours:`Din tekst`,merged:`Flettet tekst`,saveMerged:`Gem flettet tekst`,saved:`Gemt.`,nowDiscussing:`Drøftes nu`,nothingYet:`Mødet er ikke i gang.`,decisions:`Beslutninger`,noDecisions:`Ingen beslutninger endnu.`,connection:`Forbindelse`,connLive:`Live`,connConnecting:`Forbinder …`,connReconnecting:`Forbindelsen blev afbrudt – genopretter …`,connPolling:`Opdateres hvert 3. sekund`,console:`Mødeleder`,openMeeting:`Åbn mødet`,adjourn:`Afslut mødet`,takeUp:`Tag punktet op`,attendance:`Fremmøde`,name:`Navn`,addAttendance:`Registrér`,guestFor:`Gæst ved punkt`,wholeMeeting:`Hele mødet`,inRoom:`Til stede i lokalet`,online:`Deltager online`,absent:`Fraværende`,apologies:`Afbud`,recordDecision:`Registrér beslutning`,decisionText:`Beslutningstekst`,outcome:`Udfald`,itemOutcome:`Udfald for punktet`,recommendation:`Indstilling`,reservations:`Forbehold`,followUp:`Opfølgning`,itemFollowUps:`Opfølgninger`,due:`senest`,owner:`Ansvarlig`,secretariat:`Sekretariatet`,chair:`Formandskabet`,assign:`Tilføj opfølgning`,approveMinutes:`Godkend referatet`,approvedAt:`Referatet er godkendt`,print:`Udskriv`,minutesNotYet:`Referatet offentliggøres, når det er godkendt.`,history:`Historik`,who:`Hvem`,what:`Hvad`,when:`Hvornår`,caseFile:`Sagsforløb`,closedItem:`Lukket punkt`,notFound:`Siden findes ikke, eller du har ikke adgang til den.`,meetingFailed:`Mødet kunne ikke hentes`,loading:`Indlæser …`,language:`English`,back:`Tilbage til forsiden`,attachments:`Bilag`,presenters:`Oplæg ved`,none:`Ingen`},ot={app:`Samraad`,skip:`Skip to content`,signIn:`Sign in`,signOut:`Sign out`,signInTitle:`Sign in to Samraad`,signInLead:`Paste the token you were given. On a development machine the README's command prints one (samraad demo or samraad token).`,token:`Token`,expired:`Your sign-in has expired. Sign in again – your drafts are kept in the browser.`,tokenInvalid:`That is not a valid token.`,continueAsPublic:`Continue without signing in (public items)`,partnerships:`Partnerships`,noPartnerships:`You are not a member of any partnership yet.`,forums:`Forums`,calendar:`Meetings`,noMeetings:`No meetings.`,followUps:`Open follow-ups for your organisation`,noFollowUps:`No open follow-ups.`,initiatives:`Initiatives`,noInitiatives:`No initiatives.`,funds:`Fund pools`,balance:`Available`,ledger:`Ledger`,balanceOverTime:`Available over time`,date:`Date`,type:`Type`,amount:`Amount`,availableAfter:`Available after`,activities:`Activities`,schedule:`Schedule`,resources:`Resources`,scheduleMeeting:`Schedule a meeting`,forum:`Forum`,time:`Time`,place:`Place`,onlineLink:`Teams link`,save:`Save`,cancel:`Cancel`,meeting:`Meeting`,agenda:`Agenda`,live:`The meeting`,minutes:`Minutes`,status:`Status`,edit:`Edit`,addSection:`Add a section`,write:`Write`,preview:`Preview`,proposeItem:`Propose an item`,title:`Title`,kind:`Kind`,visibility:`Visibility`,open:`Open`,closed:`Closed`,summary:`Summary`,accept:`Accept item`,reject:`Reject`,moveUp:`Move up`,moveDown:`Move down`,publish:`Publish agenda`,published:`Published`,draft:`Draft`,changedAfterPublication:`Changed after publication`,proposed:`Proposed`,conflictTitle:`Someone else changed this section meanwhile`,conflictLead:`Your text is not lost. Compare it with the new version, merge them below and save again.`,theirs:`The new version`,yours:`Your text`,merged:`Merged text`,saveMerged:`Save merged text`,saved:`Saved.`,nowDiscussing:`Now discussing`,nothingYet:`The meeting has not started.`,decisions:`Decisions`,noDecisions:`No decisions yet.`,connection:`Connection`,connLive:`Live`,connConnecting:`Connecting …`,connReconnecting:`Connection lost – reconnecting …`,connPolling:`Refreshed every 3 seconds`,console:`Chair's console`,openMeeting:`Open the meeting`,adjourn:`Adjourn the meeting`,takeUp:`Take up the item`,attendance:`Attendance`,name:`Name`,addAttendance:`Record`,guestFor:`Guest for item`,wholeMeeting:`The whole meeting`,inRoom:`Present in the room`,online:`Present online`,absent:`Absent`,apologies:`Apologies`,recordDecision:`Record decision`,decisionText:`Decision text`,outcome:`Outcome`,itemOutcome:`Outcome for the item`,recommendation:`Recommendation`,reservations:`Reservations`,followUp:`Follow-up`,itemFollowUps:`Follow-ups`,due:`by`,owner:`Owner`,secretariat:`The secretariat`,chair:`The chair`,assign:`Add follow-up`,approveMinutes:`Approve the minutes`,approvedAt:`The minutes were approved`,print:`Print`,minutesNotYet:`The minutes are published once they are approved.`,history:`History`,who:`Who`,what:`What`,when:`When`,caseFile:`Case file`,closedItem:`Closed item`,notFound:`The page does not exist, or you may not see it.`,meetingFailed:`The meeting could not be loaded`,loading:`Loading …`,language:`Dansk`,back:`Back to the front page`,attachments:`Attachments`,presenters:`Presented by`,none:`None`},st=`samraad.lang`;function W(){return localStorage.getItem(st)===`en`?`en`:`da`}function ct(e){localStorage.setItem(st,e),document.documentElement.lang=e}function G(e){return(W()===`en`?ot:at)[e]}var lt={da:{APPROVAL:`Godkendelse`,DECISION:`Beslutning`,DISCUSSION:`Drøftelse`,INFORMATION:`Orientering`,WRITTEN_INFORMATION:`Skriftlig orientering`,MUTUAL_INFORMATION:`Gensidig orientering`,PRESENTATION:`Oplæg`,BREAK:`Pause`,ANY_OTHER_BUSINESS:`Eventuelt`,PROPOSED:`Foreslået`,ACCEPTED:`Godkendt`,REJECTED:`Afvist`,WITHDRAWN:`Trukket tilbage`,POSTPONED:`Udsat`,SCHEDULED:`Planlagt`,OPEN:`I gang`,ADJOURNED:`Afsluttet`,CANCELLED:`Aflyst`,UNSCHEDULED:`Ikke planlagt`,APPROVED:`Godkendt`,APPROVED_WITH_CHANGES:`Godkendt med ændringer`,NOTED:`Taget til efterretning`,DISCUSSED:`Drøftet`,NOT_STATED:`Ikke angivet`,GREEN:`Grøn`,YELLOW:`Gul`,RED:`Rød`,RUNNING:`I gang`,COMPLETED:`Afsluttet`,STOPPED:`Stoppet`,UNKNOWN:`Ukendt`,SUMMARY:`Resumé`,RECOMMENDATIONS:`Indstilling`,BACKGROUND:`Sagsfremstilling`,FINANCES:`Økonomi`,PREVIOUS_DECISIONS:`Tidligere beslutninger`,COORDINATION:`Koordinering`,APPROVED_BY:`Godkendt af`,IN_PERSON:`Fysisk møde`,ONLINE:`Online`,HYBRID:`Hybridmøde`,WRITTEN:`Skriftlig behandling`,FundPoolCreated:`Puljen oprettet`,GrantReceived:`Bevilling modtaget`,FundsAllocated:`Midler tildelt`,FundsTransferred:`Midler overført`,FundsReturned:`Midler tilbageført`,IncomeRecorded:`Indtægt bogført`,ExpenseRecorded:`Udgift bogført`},en:{APPROVAL:`Approval`,DECISION:`Decision`,DISCUSSION:`Discussion`,INFORMATION:`Information`,WRITTEN_INFORMATION:`Written information`,MUTUAL_INFORMATION:`Mutual information`,PRESENTATION:`Presentation`,BREAK:`Break`,ANY_OTHER_BUSINESS:`Any other business`,PROPOSED:`Proposed`,ACCEPTED:`Accepted`,REJECTED:`Rejected`,WITHDRAWN:`Withdrawn`,POSTPONED:`Postponed`,SCHEDULED:`Scheduled`,OPEN:`In session`,ADJOURNED:`Adjourned`,CANCELLED:`Cancelled`,UNSCHEDULED:`Unscheduled`,APPROVED:`Approved`,APPROVED_WITH_CHANGES:`Approved with changes`,NOTED:`Noted`,DISCUSSED:`Discussed`,NOT_STATED:`Not stated`,GREEN:`Green`,YELLOW:`Yellow`,RED:`Red`,RUNNING:`Running`,COMPLETED:`Completed`,STOPPED:`Stopped`,UNKNOWN:`Unknown`,SUMMARY:`Summary`,RECOMMENDATIONS:`Recommendations`,BACKGROUND:`Background`,FINANCES:`Finances`,PREVIOUS_DECISIONS:`Previous decisions`,COORDINATION:`Coordination`,APPROVED_BY:`Approved by`,IN_PERSON:`In person`,ONLINE:`Online`,HYBRID:`Hybrid`,WRITTEN:`Written procedure`,FundPoolCreated:`Pool created`,GrantReceived:`Grant received`,FundsAllocated:`Funds allocated`,FundsTransferred:`Funds transferred`,FundsReturned:`Funds returned`,IncomeRecorded:`Income recorded`,ExpenseRecorded:`Expense recorded`}};function K(e){return e?lt[W()][e]??e:``}var q=class extends Error{code;detail;extensions;constructor(e,t,n={}){super(t),this.code=e,this.detail=t,this.extensions=n}},ut={UNAUTHENTICATED:`Du er ikke logget ind, eller dit login er udløbet. Log ind igen.`,FORBIDDEN:`Det har du ikke ret til. Kun forummets sekretariat og formandskab kan det, eller også hører du ikke til partnerskabet.`,NOT_FOUND:`Det findes ikke (længere), eller du har ikke adgang til det.`,CONFLICT:`En anden har ændret det samme imens. Hent den nye version og prøv igen – intet er gemt endnu.`,INVALID_INPUT:`Noget i formularen er ikke gyldigt. Ret det markerede og prøv igen.`,RULE_VIOLATION:`Det tillader mødets regler ikke lige nu.`,RATE_LIMITED:`For mange forespørgsler på kort tid. Vent et øjeblik og prøv igen.`,UNAVAILABLE:`Samraad kan ikke nå sin database lige nu. Prøv igen om lidt – intet er gået tabt.`,STORAGE_FULL:`Serverens lager er fuldt, så intet blev gemt. Kontakt driften.`,INTERNAL:`Der skete en fejl på serveren. Prøv igen; sker det igen, så giv driften referencen.`,NETWORK:`Ingen forbindelse til Samraad. Tjek netværket og prøv igen – formularen er bevaret.`},dt={UNAUTHENTICATED:`You are not signed in, or your sign-in has expired. Sign in again.`,FORBIDDEN:`You may not do that: only the forum's secretariat and chair can, or you are not part of the partnership.`,NOT_FOUND:`It does not exist (any more), or you may not see it.`,CONFLICT:`Someone else changed the same thing meanwhile. Load the new version and try again – nothing was saved yet.`,INVALID_INPUT:`Something in the form is not valid. Correct it and try again.`,RULE_VIOLATION:`The meeting's rules do not allow that right now.`,RATE_LIMITED:`Too many requests in a short time. Wait a moment and try again.`,UNAVAILABLE:`Samraad cannot reach its database right now. Try again shortly – nothing was lost.`,STORAGE_FULL:`The server's storage is full, so nothing was saved. Contact operations.`,INTERNAL:`The server failed. Try again; if it happens again, give operations the reference.`,NETWORK:`No connection to Samraad. Check the network and try again – the form is kept.`};function ft(e){let t=W()===`en`?dt:ut;return e instanceof q?{text:t[e.code]??t.INTERNAL,detail:e.detail}:{text:t.INTERNAL,detail:String(e)}}var pt=()=>{};function mt(e){pt=e}function ht(e){let t=e[0];return new q(String(t?.extensions?.code??`INTERNAL`),t?.message??``,t?.extensions??{})}async function J(e,t={}){let n={"content-type":`application/json`},r=Be();if(!r&&Ge())throw pt(),new q(`UNAUTHENTICATED`,``);r&&(n.authorization=`Bearer ${r}`);let i;try{i=await fetch(`/graphql`,{method:`POST`,headers:n,body:JSON.stringify({query:e,variables:t})})}catch(e){throw new q(`NETWORK`,String(e))}let a;try{a=await i.json()}catch{throw new q(i.status===429?`RATE_LIMITED`:`INTERNAL`,`HTTP ${i.status}`)}if(a.errors?.length){let e=ht(a.errors);throw e.code===`UNAUTHENTICATED`&&r&&(We(),pt()),e}return a.data}function Y(){return crypto.randomUUID()}function gt(e){e&&Promise.resolve(e.dispose()).catch(()=>{})}var _t=class{query;variables;on;client=null;last;stopped=!1;retry=0;timer;constructor(e,t,n,r){this.query=e,this.variables=t,this.on=r,this.last=n,this.connect()}connect(){if(this.stopped)return;this.on.connection(this.retry===0?`connecting`:`reconnecting`);let e=`${location.protocol===`https:`?`wss`:`ws`}://${location.host}/graphql/ws`,t=Be(),n=et({url:e,lazy:!1,retryAttempts:0,onNonLazyError:()=>{},connectionParams:t?{authorization:`Bearer ${t}`}:{},on:{connected:()=>{this.client===n&&(this.retry=0,this.on.connection(`live`))},closed:e=>{if(this.client!==n)return;let t=e?.code;t===4401||t===4403?(We(),pt(),this.stop()):this.reconnect()}}});this.client=n,n.subscribe({query:this.query,variables:{...this.variables,after:this.last}},{next:e=>{if(this.client!==n)return;if(e.errors?.length){let t=ht(e.errors);if(t.code===`FORBIDDEN`||t.code===`NOT_FOUND`||t.code===`UNAUTHENTICATED`){this.stop(),this.on.refused();return}let n=t.extensions.resumeAfter;typeof n==`string`&&(this.last=n),this.reconnect();return}let t=e.data&&Object.values(e.data)[0];t&&(this.last=t.position,this.on.event(t))},error:()=>this.client===n&&this.reconnect(),complete:()=>this.client===n&&this.reconnect()})}reconnect(){if(this.stopped||this.timer!==void 0)return;this.on.connection(`reconnecting`),gt(this.client),this.client=null;let e=Math.min(200*2**this.retry,2e3);this.retry+=1,this.timer=window.setTimeout(()=>{this.timer=void 0,this.connect()},e)}stop(){this.stopped=!0,this.timer!==void 0&&window.clearTimeout(this.timer),gt(this.client),this.client=null}};function vt(e){let t=e,n=new Set;return{get:()=>t,set(e){t=e,n.forEach(t=>t(e))},subscribe(e){return n.add(e),()=>n.delete(e)}}}function yt(e){let[t,n]=I(e.get());return L(()=>e.subscribe(n),[e]),t}function bt(e){let t=e.split(`/`).filter(Boolean);if(t.length===0)return{page:`home`};if(t[0]===`signin`&&t.length===1)return{page:`signin`};if(t[0]===`partnerships`&&t.length===2)return{page:`partnership`,id:t[1]};if(t[0]===`meetings`&&(t.length===2||t.length===3)){let e=t[2]??`live`;if(e===`agenda`||e===`live`||e===`minutes`)return{page:`meeting`,id:t[1],view:e}}return{page:`notfound`}}var xt=vt(bt(location.pathname));function St(e){history.pushState(null,``,e),xt.set(bt(location.pathname)),window.scrollTo(0,0)}window.addEventListener(`popstate`,()=>xt.set(bt(location.pathname))),document.addEventListener(`click`,e=>{let t=e.target?.closest?.(`a`);if(!t||e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey)return;let n=t.getAttribute(`href`);n&&n.startsWith(`/`)&&!t.target&&!t.hasAttribute(`download`)&&(e.preventDefault(),St(n))});function Ct({onDone:e}){let[t,n]=I(``),[r,i]=I(!1);return R`<section class="narrow">
    <h1>${G(`signInTitle`)}</h1>
    ${Ge()&&R`<p class="notice" role="status">${G(`expired`)}</p>`}
    <p>${G(`signInLead`)}</p>
    <form onSubmit=${n=>{n.preventDefault(),He(t)?(e(),St(Je())):i(!0)}}>
      <div class="field">
        <label for="token">${G(`token`)}</label>
        <textarea
          id="token"
          rows="4"
          autocomplete="off"
          spellcheck=${!1}
          aria-invalid=${r}
          aria-describedby=${r?`token-error`:void 0}
          value=${t}
          onInput=${e=>n(e.target.value)}
        ></textarea>
        ${r&&R`<p id="token-error" class="error-text">${G(`tokenInvalid`)}</p>`}
      </div>
      <button type="submit">${G(`signIn`)}</button>
    </form>
  </section>`}function wt(e,t){let[n,r]=I({loading:!0}),i=Ee(()=>{e().then(e=>r({data:e,loading:!1}),e=>r({error:e,loading:!1}))},t);return L(i,[i]),{...n,reload:i,set:e=>r({data:e,loading:!1})}}function X({error:e}){if(!e)return null;let{text:t,detail:n}=ft(e);return R`<div class="error" role="alert">
    <p>${t}</p>
    ${n&&R`<p class="detail">${n}</p>`}
  </div>`}function Tt(){return R`<p class="muted" role="status">${G(`loading`)}</p>`}function Z(){let[e,t]=I(null),[n,r]=I(!1);return{error:e,busy:n,run:async e=>{r(!0),t(null);try{return await e(),!0}catch(e){return t(e),!1}finally{r(!1)}},setError:t}}function Q({label:e,id:t,children:n}){return R`<div class="field"><label for=${t}>${e}</label>${n}</div>`}function Et({markup:e,class:t}){return R`<div class=${t??`prose`} dangerouslySetInnerHTML=${{__html:e}}></div>`}function Dt(){let{data:e,error:t,loading:n}=wt(()=>J(`{ partnerships { id name forums { id name } } }`),[]);return R`<section>
    <h1>${G(`partnerships`)}</h1>
    ${n&&R`<${Tt} />`}
    <${X} error=${t} />
    ${e&&(e.partnerships.length===0?R`<p>${G(`noPartnerships`)}</p>`:R`<ul class="cards">
          ${e.partnerships.map(e=>R`<li class="card">
              <h2><a href=${`/partnerships/${e.id}`}>${e.name}</a></h2>
              <p class="muted">${e.forums.map(e=>e.name).join(` · `)}</p>
            </li>`)}
        </ul>`)}
  </section>`}function Ot(){return W()===`en`?`en-GB`:`da-DK`}function kt(e,t){return e?new Intl.DateTimeFormat(Ot(),{timeZone:t,weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,hour:`2-digit`,minute:`2-digit`}).format(new Date(e)):``}function At(e,t){return new Intl.DateTimeFormat(Ot(),{timeZone:t,day:`numeric`,month:`short`,year:`numeric`}).format(new Date(e))}function jt(e){return At(`${e}T12:00:00Z`,`UTC`)}function Mt(e,t){return new Intl.DateTimeFormat(Ot(),{timeZone:t,hour:`2-digit`,minute:`2-digit`}).format(new Date(e))}function Nt(e,t,n){let r=new Date(`${e}T${t}:00Z`),i=new Intl.DateTimeFormat(`en-US`,{timeZone:n,hourCycle:`h23`,year:`numeric`,month:`2-digit`,day:`2-digit`,hour:`2-digit`,minute:`2-digit`}).formatToParts(r),a=e=>Number(i.find(t=>t.type===e)?.value),o=Date.UTC(a(`year`),a(`month`)-1,a(`day`),a(`hour`),a(`minute`));return new Date(r.getTime()-(o-r.getTime())).toISOString()}function Pt(e,t=`DKK`){return e==null?``:new Intl.NumberFormat(Ot(),{style:`currency`,currency:t}).format(Number(e))}function Ft({points:e,currency:t,timeZone:n}){if(e.length===0)return null;let r=Math.max(...e.map(e=>e.amount),1),i=t=>8+(e.length===1?0:t*584/(e.length-1)),a=e=>152-Math.max(e,0)*144/r,o=`M ${i(0)} ${a(e[0].amount)}`;e.forEach((e,t)=>{t>0&&(o+=` H ${i(t)} V ${a(e.amount)}`)});let s=e[e.length-1],c=`${G(`balanceOverTime`)}: ${Pt(e[0].amount,t)} (${At(e[0].at,n)}) → ${Pt(s.amount,t)} (${At(s.at,n)})`;return R`<figure class="chart">
    <svg viewBox=${`0 0 600 160`} role="img" aria-label=${c} preserveAspectRatio="none">
      <path d=${o} fill="none" stroke="currentColor" stroke-width="3" vector-effect="non-scaling-stroke" />
    </svg>
    <figcaption>${c}</figcaption>
  </figure>`}var It=`query($id: ID!, $org: ID!, $withOrg: Boolean!) {
  partnership(id: $id) {
    id name timeZone organizations { id name }
    forums { id name members { personId role } calendar { id title startsAt status } }
    initiatives { id title status latestReport { asOf summary
      activities { light comment } schedule { light comment } resources { light comment } } }
    fundPools { id name currency balance { available { amount } }
      ledger { position type occurredAt amount { amount } availableAfter { amount } note } }
  }
  organizationFollowUps(organizationId: $org) @include(if: $withOrg) { meetingId followUp { id description due } }
}`,Lt=[`CHAIR`,`CO_CHAIR`,`SECRETARIAT`];function Rt({id:e}){let t=Ve(),{data:n,error:r,loading:i,reload:a}=wt(()=>J(It,{id:e,org:t?.org??e,withOrg:!!t?.org}),[e]);if(i)return R`<${Tt} />`;if(r)return R`<${X} error=${r} />`;let o=n?.partnership;if(!o)return R`<h1>${G(`notFound`)}</h1>`;let s=o.timeZone,c=o.forums.filter(e=>e.members.some(e=>e.personId===t?.sub&&Lt.includes(e.role)));return R`<article>
    <h1>${o.name}</h1>
    <div class="grid">
      <section aria-labelledby="forums">
        <h2 id="forums">${G(`calendar`)}</h2>
        ${o.forums.map(e=>R`<section class="card">
            <h3>${e.name}</h3>
            ${e.calendar.length===0?R`<p class="muted">${G(`noMeetings`)}</p>`:R`<ul class="list">
                  ${e.calendar.map(t=>R`<li>
                      <a href=${`/meetings/${t.id}`}>${t.title??e.name}</a>
                      <span class="muted"> — ${kt(t.startsAt,s)} · ${K(t.status)}</span>
                    </li>`)}
                </ul>`}
          </section>`)}
        ${c.length>0&&R`<${Vt} forums=${c} timeZone=${s} onDone=${a} />`}
      </section>
      <section aria-labelledby="followups">
        <h2 id="followups">${G(`followUps`)}</h2>
        ${n?.organizationFollowUps?.length?R`<ul class="list">
              ${n.organizationFollowUps.map(e=>R`<li>
                  <a href=${`/meetings/${e.meetingId}/minutes`}>${e.followUp.description}</a>
                  ${e.followUp.due&&R`<span class="muted"> — ${G(`due`)} ${jt(e.followUp.due)}</span>`}
                </li>`)}
            </ul>`:R`<p class="muted">${G(`noFollowUps`)}</p>`}
        <h2>${G(`initiatives`)}</h2>
        ${o.initiatives.length===0?R`<p class="muted">${G(`noInitiatives`)}</p>`:R`<ul class="list">
              ${o.initiatives.map(e=>R`<li>
                  <strong>${e.title}</strong> <span class="muted">${K(e.status)}</span>
                  ${e.latestReport&&R`<${zt} report=${e.latestReport} />`}
                </li>`)}
            </ul>`}
      </section>
    </div>
    <section aria-labelledby="funds">
      <h2 id="funds">${G(`funds`)}</h2>
      ${o.fundPools.map(e=>R`<${Bt} pool=${e} timeZone=${s} />`)}
    </section>
  </article>`}function zt({report:e}){return e?R`<ul class="lights">
    ${[[G(`activities`),e.activities],[G(`schedule`),e.schedule],[G(`resources`),e.resources]].filter(([,e])=>e).map(([e,t])=>R`<li><span class=${`light ${t.light.toLowerCase()}`} aria-hidden="true"></span>${e}: ${K(t.light)}</li>`)}
    ${e.summary&&R`<li>${e.summary}</li>`}
  </ul>`:null}function Bt({pool:e,timeZone:t}){let n=e.ledger.map(e=>({at:e.occurredAt,amount:Number(e.availableAfter.amount)}));return R`<section class="card">
    <h3>${e.name}</h3>
    <p><strong>${G(`balance`)}:</strong> ${Pt(e.balance.available.amount,e.currency)}</p>
    <${Ft} points=${n} currency=${e.currency} timeZone=${t} />
    <div class="scroll" tabindex="0" role="region" aria-label=${`${G(`ledger`)}: ${e.name}`}>
      <table>
        <caption>${G(`ledger`)}</caption>
        <thead><tr><th scope="col">${G(`date`)}</th><th scope="col">${G(`type`)}</th><th scope="col" class="num">${G(`amount`)}</th><th scope="col" class="num">${G(`availableAfter`)}</th></tr></thead>
        <tbody>
          ${e.ledger.map(n=>R`<tr>
              <td>${At(n.occurredAt,t)}</td>
              <td>${K(n.type)}${n.note?` — ${n.note}`:``}</td>
              <td class="num">${n.amount?Pt(n.amount.amount,e.currency):``}</td>
              <td class="num">${Pt(n.availableAfter.amount,e.currency)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>
  </section>`}function Vt({forums:e,timeZone:t,onDone:n}){let[r,i]=I({forumId:e[0].id,date:``,clock:`14:00`,address:``,link:``}),a=Z(),[o]=I(Y()),s=e=>t=>i({...r,[e]:t.target.value});return R`<form class="card" onSubmit=${async e=>{e.preventDefault(),await a.run(async()=>{let e=await J(`mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,{input:{commandId:o,forumId:r.forumId,startsAt:Nt(r.date,r.clock,t),location:r.address?{address:r.address}:null,onlineLink:r.link||null,placeNotGiven:!r.address&&!r.link}});n(),St(`/meetings/${e.scheduleMeeting.meeting.id}/agenda`)})}}>
    <h3>${G(`scheduleMeeting`)}</h3>
    <${Q} label=${G(`forum`)} id="s-forum">
      <select id="s-forum" value=${r.forumId} onChange=${s(`forumId`)}>
        ${e.map(e=>R`<option value=${e.id}>${e.name}</option>`)}
      </select>
    <//>
    <${Q} label=${G(`date`)} id="s-date"><input id="s-date" type="date" required value=${r.date} onInput=${s(`date`)} /><//>
    <${Q} label=${G(`time`)} id="s-time"><input id="s-time" type="time" required value=${r.clock} onInput=${s(`clock`)} /><//>
    <${Q} label=${G(`place`)} id="s-place"><input id="s-place" value=${r.address} onInput=${s(`address`)} /><//>
    <${Q} label=${G(`onlineLink`)} id="s-link"><input id="s-link" type="url" value=${r.link} onInput=${s(`link`)} /><//>
    <${X} error=${a.error} />
    <button type="submit" disabled=${a.busy}>${G(`scheduleMeeting`)}</button>
  </form>`}var Ht=`
  id partnershipId forumId title startsAt endsAt status mode placeNotGiven onlineLink
  location { room address } version position publishedEdition minutesApprovedAt
  currentItem { id number title }
  attendance { name status organizationId guestForItem }
  followUps { id itemId description due status owner { role organizationIds personName } }
  agenda { items { ...Item } }
  otherItems { ...Item }`,Ut=`fragment Item on AgendaItem {
  id number title kind visibility status takenUp revision changedAfterPublication
  proposedByOrganizationId presenters caseReference timeSlot
  sections { section revision text html proposals }
  attachments { id title documentNumber }
  decision { id text html outcome outcomes { recommendation outcome note }
    reservations { organizationName text recommendation } }
}`,Wt=(e,t)=>`samraad.draft.${e}.${t}`,Gt=`mutation($input: EditAgendaItemInput!) { editAgendaItem(input: $input) { version } }`;function Kt({meetingId:e,itemId:t,section:n,text:r,revision:i,onClose:a,onSaved:o}){let s=Wt(t,n),[c,l]=I(()=>localStorage.getItem(s)??r),[u,d]=I(i),[f,p]=I(null),[m,h]=I(``),g=Z(),_=`edit-${t}-${n}`;return L(()=>{localStorage.setItem(s,c);let e=window.setTimeout(()=>{J(`query($t: String!) { markdownPreview(text: $t) }`,{t:c}).then(e=>h(e.markdownPreview),()=>{})},250);return()=>window.clearTimeout(e)},[c]),L(()=>{i>u&&r!==c&&(p({text:r,revision:i,mine:f?.mine??c}),d(i))},[i]),L(()=>{let e=g.error;if(e instanceof q&&e.code===`CONFLICT`){let t=e.extensions.current;t&&typeof t.revision==`number`&&(p({text:t.text??``,revision:t.revision,mine:f?.mine??c}),d(t.revision),g.setError(null))}},[g.error]),R`<form class="editor" onSubmit=${async r=>{r.preventDefault(),await g.run(()=>J(Gt,{input:{commandId:Y(),meetingId:e,itemId:t,section:n,text:c,baseRevision:u}}))&&(localStorage.removeItem(s),p(null),o(),a())}} aria-label=${`${G(`edit`)}: ${K(n)}`}>
    ${f&&R`<div class="conflict" role="alert">
      <h4>${G(`conflictTitle`)}</h4>
      <p>${G(`conflictLead`)}</p>
      <div class="side-by-side">
        <section aria-label=${G(`theirs`)}>
          <h5>${G(`theirs`)}</h5>
          <pre class="theirs">${f.text}</pre>
        </section>
        <section aria-label=${G(`yours`)}>
          <h5>${G(`yours`)}</h5>
          <pre class="yours">${f.mine}</pre>
        </section>
      </div>
    </div>`}
    <div class="field">
      <label for=${_}>${f?G(`merged`):K(n)}</label>
      <textarea id=${_} rows="8" value=${c} onInput=${e=>l(e.target.value)}></textarea>
    </div>
    <details open>
      <summary>${G(`preview`)}</summary>
      <${Et} markup=${m} />
    </details>
    <${X} error=${g.error} />
    <div class="actions">
      <button type="submit" disabled=${g.busy}>${G(f?`saveMerged`:`save`)}</button>
      <button
        type="button"
        class="secondary"
        onClick=${()=>{localStorage.removeItem(s),a()}}
      >
        ${G(`cancel`)}
      </button>
    </div>
  </form>`}var qt=[`SUMMARY`,`RECOMMENDATIONS`,`BACKGROUND`,`FINANCES`,`PREVIOUS_DECISIONS`,`COORDINATION`,`APPROVED_BY`],Jt=[`DECISION`,`DISCUSSION`,`INFORMATION`,`APPROVAL`,`WRITTEN_INFORMATION`,`MUTUAL_INFORMATION`,`PRESENTATION`,`ANY_OTHER_BUSINESS`,`BREAK`];function Yt({ctx:e}){let{meeting:t,runs:n}=e,r=Z(),[i,a]=I(null),o=t.agenda.items,s=t.otherItems.filter(e=>e.status===`PROPOSED`),c=(n,i)=>r.run(async()=>{await J(`mutation($input: ${n[0].toUpperCase()}${n.slice(1)}Input!) { ${n}(input: $input) { version } }`,{input:{commandId:Y(),meetingId:t.id,...i}}),e.refresh()}),l=e=>c(`reorderAgenda`,{itemIds:e}),u=(e,t)=>{let n=o.map(e=>e.id),[r]=n.splice(e,1);n.splice(e+t,0,r),l(n)},d=e=>{if(!i||i===e)return;let t=o.map(e=>e.id).filter(e=>e!==i);t.splice(t.indexOf(e),0,i),a(null),l(t)};return R`<section aria-labelledby="agenda-title">
    <h2 id="agenda-title">${G(`agenda`)}</h2>
    <${X} error=${r.error} />
    ${n&&t.status===`SCHEDULED`&&R`<p><button type="button" onClick=${()=>c(`publishAgenda`,{})} disabled=${r.busy}>${G(`publish`)}</button></p>`}
    <ol class="items">
      ${o.map((t,i)=>R`<li
          class="item"
          draggable=${n}
          onDragStart=${()=>a(t.id)}
          onDragOver=${e=>n&&e.preventDefault()}
          onDrop=${()=>d(t.id)}
        >
          <${Xt} item=${t} ctx=${e} />
          ${n&&R`<div class="actions">
            <button aria-label=${`${G(`moveUp`)}: ${t.title}`} type="button" class="secondary" disabled=${i===0||r.busy} onClick=${()=>u(i,-1)}>
              ${G(`moveUp`)}
            </button>
            <button aria-label=${`${G(`moveDown`)}: ${t.title}`} type="button" class="secondary" disabled=${i===o.length-1||r.busy} onClick=${()=>u(i,1)}>
              ${G(`moveDown`)}
            </button>
          </div>`}
        </li>`)}
    </ol>
    ${s.length>0&&R`<h3>${G(`proposed`)}</h3>
      <ul class="items">
        ${s.map(t=>R`<li class="item proposed">
            <${Xt} item=${t} ctx=${e} />
            ${n&&R`<div class="actions">
              <button aria-label=${`${G(`accept`)}: ${t.title}`} type="button" onClick=${()=>c(`acceptAgendaItem`,{itemId:t.id})} disabled=${r.busy}>
                ${G(`accept`)}
              </button>
              <button aria-label=${`${G(`reject`)}: ${t.title}`} type="button" class="secondary" onClick=${()=>c(`rejectAgendaItem`,{itemId:t.id})} disabled=${r.busy}>
                ${G(`reject`)}
              </button>
            </div>`}
          </li>`)}
      </ul>`}
    ${e.member&&R`<${Zt} ctx=${e} />`}
  </section>`}function Xt({item:e,ctx:t}){let[n,r]=I(null),[i,a]=I(``),o=e.sections.map(e=>e.section),s=qt.filter(e=>!o.includes(e)),c=e.title===G(`closedItem`)||e.title===`Lukket punkt`;return R`<article class="item-card" aria-labelledby=${`item-${e.id}`}>
    <h3 id=${`item-${e.id}`}>
      ${e.number!==null&&R`<span class="number">${e.number}.</span> `}${e.title}
    </h3>
    <p class="badges">
      ${e.kind&&R`<span class="badge">${K(e.kind)}</span>`}
      ${e.visibility===`CLOSED`&&R`<span class="badge closed">${G(`closed`)}</span>`}
      ${e.status&&e.status!==`ACCEPTED`&&R`<span class="badge">${K(e.status)}</span>`}
      ${e.changedAfterPublication&&R`<span class="badge changed">${G(`changedAfterPublication`)}</span>`}
      ${e.timeSlot&&R`<span class="muted">${e.timeSlot}</span>`}
      ${e.presenters.length>0&&R`<span class="muted">${G(`presenters`)} ${e.presenters.join(`, `)}</span>`}
    </p>
    ${e.sections.map(i=>R`<section class="section" aria-label=${K(i.section)}>
        <h4>${K(i.section)}</h4>
        ${n===i.section?R`<${Kt}
              meetingId=${t.meeting.id}
              itemId=${e.id}
              section=${i.section}
              text=${i.text}
              revision=${i.revision}
              onClose=${()=>r(null)}
              onSaved=${t.refresh}
            />`:R`<${Et} markup=${i.html} />
              ${t.member&&!c&&R`<button aria-label=${`${G(`edit`)}: ${K(i.section)}, ${e.title}`} type="button" class="link" onClick=${()=>r(i.section)}>
                ${G(`edit`)}
              </button>`}`}
      </section>`)}
    ${n&&!o.includes(n)&&R`<${Kt}
      meetingId=${t.meeting.id}
      itemId=${e.id}
      section=${n}
      text=""
      revision=${0}
      onClose=${()=>r(null)}
      onSaved=${t.refresh}
    />`}
    ${t.member&&!c&&s.length>0&&!n&&R`<div class="add-section">
      <label for=${`add-${e.id}`}>${G(`addSection`)}</label>
      <select id=${`add-${e.id}`} value=${i} onChange=${e=>a(e.target.value)}>
        <option value="">—</option>
        ${s.map(e=>R`<option value=${e}>${K(e)}</option>`)}
      </select>
      <button type="button" class="secondary" disabled=${!i} onClick=${()=>r(i)}>${G(`write`)}</button>
    </div>`}
    ${e.attachments.length>0&&R`<p class="muted">${G(`attachments`)}: ${e.attachments.map(e=>e.title).join(`; `)}</p>`}
  </article>`}function Zt({ctx:e}){let[t,n]=I({title:``,kind:`DECISION`,visibility:`OPEN`,summary:``}),[r,i]=I(Y()),a=Z(),o=e=>r=>n({...t,[e]:r.target.value});return R`<form class="card" onSubmit=${async o=>{o.preventDefault(),await a.run(()=>J(`mutation($input: ProposeAgendaItemInput!) { proposeAgendaItem(input: $input) { version } }`,{input:{commandId:r,meetingId:e.meeting.id,title:t.title,kind:t.kind,visibility:t.visibility,sections:t.summary?[{section:`SUMMARY`,text:t.summary}]:[]}}))&&(n({title:``,kind:`DECISION`,visibility:`OPEN`,summary:``}),i(Y()),e.refresh())}}>
    <h3>${G(`proposeItem`)}</h3>
    <${Q} label=${G(`title`)} id="p-title"><input id="p-title" required value=${t.title} onInput=${o(`title`)} /><//>
    <${Q} label=${G(`kind`)} id="p-kind">
      <select id="p-kind" value=${t.kind} onChange=${o(`kind`)}>
        ${Jt.map(e=>R`<option value=${e}>${K(e)}</option>`)}
      </select>
    <//>
    <${Q} label=${G(`visibility`)} id="p-visibility">
      <select id="p-visibility" value=${t.visibility} onChange=${o(`visibility`)}>
        <option value="OPEN">${G(`open`)}</option>
        <option value="CLOSED">${G(`closed`)}</option>
      </select>
    <//>
    <${Q} label=${G(`summary`)} id="p-summary"><textarea id="p-summary" rows="4" value=${t.summary} onInput=${o(`summary`)}></textarea><//>
    <${X} error=${a.error} />
    <button type="submit" disabled=${a.busy}>${G(`proposeItem`)}</button>
  </form>`}var Qt=[`APPROVED`,`APPROVED_WITH_CHANGES`,`REJECTED`,`NOTED`,`DISCUSSED`,`POSTPONED`];function $t({ctx:e,news:t}){let{meeting:n,timeZone:r}=e,i=n.agenda.items.find(e=>e.id===n.currentItem?.id)??null,a=n.agenda.items.filter(e=>e.decision);return R`<div class="live">
    <section class="now" aria-labelledby="now-title" aria-live="polite">
      <h2 id="now-title">${G(`nowDiscussing`)}</h2>
      ${n.currentItem?R`<p class="now-item">
            ${n.currentItem.number!==null&&R`<span class="number">${n.currentItem.number}.</span> `}
            ${n.currentItem.title}
          </p>`:R`<p class="muted">${G(`nothingYet`)}</p>`}
    </section>
    ${t.length>0&&R`<section aria-labelledby="news-title">
      <h2 id="news-title" class="sr-only">${G(`decisions`)}</h2>
      <ul class="news" aria-live="polite">
        ${t.map(e=>R`<li data-position=${e.position}>${Mt(e.at,r)} — ${e.title}</li>`)}
      </ul>
    </section>`}
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">${G(`decisions`)}</h2>
      ${a.length===0?R`<p class="muted">${G(`noDecisions`)}</p>`:R`<ul class="decisions">
            ${a.map(t=>R`<li class="decision" data-item=${t.id}>
                <${en} item=${t} followUps=${n.followUps.filter(e=>e.itemId===t.id)} ctx=${e} />
              </li>`)}
          </ul>`}
    </section>
    ${e.runs&&R`<${tn} ctx=${e} current=${i} />`}
  </div>`}function en({item:e,followUps:t,ctx:n}){let r=e.decision;if(!r)return null;let i=e=>e.owner.personName??(e.owner.role===`SECRETARIAT`?G(`secretariat`):e.owner.role===`CHAIR`?G(`chair`):e.owner.organizationIds.map(e=>n.organizations.find(t=>t.id===e)?.name??e).join(`, `));return R`<article>
    <h3>${e.number!==null&&R`${e.number}. `}${e.title}</h3>
    <${Et} markup=${r.html} />
    ${r.outcome&&R`<p><strong>${G(`itemOutcome`)}:</strong> ${K(r.outcome)}</p>`}
    ${r.outcomes.length>0&&R`<ul class="outcomes">
      ${r.outcomes.map(e=>R`<li>${G(`recommendation`)} ${e.recommendation}: ${K(e.outcome)}${e.note?` — ${e.note}`:``}</li>`)}
    </ul>`}
    ${r.reservations.length>0&&R`<p><strong>${G(`reservations`)}:</strong> ${r.reservations.map(e=>`${e.organizationName}: ${e.text}`).join(`; `)}</p>`}
    ${t.length>0&&R`<h4>${G(`itemFollowUps`)}</h4>
      <ul class="follow-ups">
        ${t.map(e=>R`<li>${e.description} — ${i(e)}${e.due?` (${G(`due`)} ${jt(e.due)})`:``}</li>`)}
      </ul>`}
  </article>`}function tn({ctx:e,current:t}){let{meeting:n}=e,r=Z(),i=(t,i)=>r.run(async()=>{await J(`mutation($input: ${t[0].toUpperCase()}${t.slice(1)}Input!) { ${t}(input: $input) { version } }`,{input:{commandId:Y(),meetingId:n.id,...i}}),e.refresh()});return R`<section class="console card" aria-labelledby="console-title">
    <h2 id="console-title">${G(`console`)}</h2>
    <${X} error=${r.error} />
    ${n.status===`SCHEDULED`&&R`<button type="button" onClick=${()=>i(`openMeeting`,{})} disabled=${r.busy}>${G(`openMeeting`)}</button>`}
    ${n.status===`OPEN`&&R`<${nn} ctx=${e} />
      <h3>${G(`agenda`)}</h3>
      <ol class="console-items">
        ${n.agenda.items.map(e=>R`<li>
            <span>${e.title}</span>
            ${e.id!==n.currentItem?.id&&!e.decision&&R`<button aria-label=${`${G(`takeUp`)}: ${e.title}`} type="button" class="secondary" onClick=${()=>i(`takeUpItem`,{itemId:e.id})} disabled=${r.busy}>
              ${G(`takeUp`)}
            </button>`}
          </li>`)}
      </ol>
      ${t&&!t.decision&&R`<${rn} ctx=${e} item=${t} />`}
      ${t?.decision&&R`<${an} ctx=${e} item=${t} />`}
      <p><button type="button" class="secondary" onClick=${()=>i(`adjournMeeting`,{})} disabled=${r.busy}>${G(`adjourn`)}</button></p>`}
  </section>`}function nn({ctx:e}){let[t,n]=I(``),[r,i]=I(`PRESENT_IN_ROOM`),[a,o]=I(``),s=Z(),c=async i=>{i.preventDefault(),await s.run(()=>J(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { version } }`,{input:{commandId:Y(),meetingId:e.meeting.id,entries:[{name:t,status:r,...a?{guestForItemId:a}:{}}]}}))&&(n(``),o(``),e.refresh())},l=t=>e.meeting.agenda.items.find(e=>e.id===t)?.title??``,u=[[`PRESENT_IN_ROOM`,G(`inRoom`)],[`PRESENT_ONLINE`,G(`online`)],[`ABSENT`,G(`absent`)],[`APOLOGIES`,G(`apologies`)]];return R`<form onSubmit=${c} class="inline-form">
    <h3>${G(`attendance`)}</h3>
    <ul class="list">
      ${e.meeting.attendance.map(e=>R`<li>
          ${e.name} — ${u.find(([t])=>t===e.status)?.[1]??e.status}${e.guestForItem?` (${G(`guestFor`)} ${l(e.guestForItem)})`:``}
        </li>`)}
    </ul>
    <${Q} label=${G(`name`)} id="a-name"><input id="a-name" required value=${t} onInput=${e=>n(e.target.value)} /><//>
    <${Q} label=${G(`status`)} id="a-status">
      <select id="a-status" value=${r} onChange=${e=>i(e.target.value)}>
        ${u.map(([e,t])=>R`<option value=${e}>${t}</option>`)}
      </select>
    <//>
    <${Q} label=${G(`guestFor`)} id="a-guest">
      <select id="a-guest" value=${a} onChange=${e=>o(e.target.value)}>
        <option value="">${G(`wholeMeeting`)}</option>
        ${e.meeting.agenda.items.map(e=>R`<option value=${e.id}>${e.title}</option>`)}
      </select>
    <//>
    <${X} error=${s.error} />
    <button type="submit" disabled=${s.busy}>${G(`addAttendance`)}</button>
  </form>`}function rn({ctx:e,item:t}){let n=t.sections.find(e=>e.section===`RECOMMENDATIONS`)?.proposals??[],[r,i]=I(``),[a,o]=I(n.map(()=>`APPROVED`)),[s,c]=I(t.kind===`DISCUSSION`?`DISCUSSED`:`NOTED`),[l]=I(Y()),u=Z();return R`<form onSubmit=${async i=>{i.preventDefault(),await u.run(async()=>{await J(`mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { version } }`,{input:{commandId:l,meetingId:e.meeting.id,itemId:t.id,text:r,...n.length>0?{outcomes:a.map((e,t)=>({recommendation:t+1,outcome:e}))}:{outcome:s}}}),e.refresh()})}} class="decision-form">
    <h3>${G(`recordDecision`)}: ${t.title}</h3>
    <${Q} label=${G(`decisionText`)} id="d-text">
      <textarea id="d-text" rows="4" required value=${r} onInput=${e=>i(e.target.value)}></textarea>
    <//>
    ${n.length>0?n.map((e,t)=>R`<${Q} label=${`${G(`recommendation`)} ${t+1}: ${e}`} id=${`d-outcome-${t}`}>
            <select
              id=${`d-outcome-${t}`}
              value=${a[t]}
              onChange=${e=>o(a.map((n,r)=>r===t?e.target.value:n))}
            >
              ${Qt.map(e=>R`<option value=${e}>${K(e)}</option>`)}
            </select>
          <//>`):R`<${Q} label=${G(`itemOutcome`)} id="d-outcome">
          <select id="d-outcome" value=${s} onChange=${e=>c(e.target.value)}>
            ${Qt.map(e=>R`<option value=${e}>${K(e)}</option>`)}
          </select>
        <//>`}
    <${X} error=${u.error} />
    <button type="submit" disabled=${u.busy}>${G(`recordDecision`)}</button>
  </form>`}function an({ctx:e,item:t}){let[n,r]=I(``),[i,a]=I(`SECRETARIAT`),[o,s]=I(Y()),c=Z();return R`<form onSubmit=${async a=>{a.preventDefault(),await c.run(()=>J(`mutation($input: AssignFollowUpInput!) { assignFollowUp(input: $input) { version } }`,{input:{commandId:o,meetingId:e.meeting.id,itemId:t.id,description:n,...i===`SECRETARIAT`||i===`CHAIR`?{ownerRole:i}:{ownerOrganizationId:i}}}))&&(r(``),s(Y()),e.refresh())}} class="inline-form">
    <h3>${G(`followUp`)}: ${t.title}</h3>
    <${Q} label=${G(`followUp`)} id="f-text">
      <input id="f-text" required value=${n} onInput=${e=>r(e.target.value)} />
    <//>
    <${Q} label=${G(`owner`)} id="f-owner">
      <select id="f-owner" value=${i} onChange=${e=>a(e.target.value)}>
        <option value="SECRETARIAT">${G(`secretariat`)}</option>
        <option value="CHAIR">${G(`chair`)}</option>
        ${e.organizations.map(e=>R`<option value=${e.id}>${e.name}</option>`)}
      </select>
    <//>
    <${X} error=${c.error} />
    <button type="submit" disabled=${c.busy}>${G(`assign`)}</button>
  </form>`}function on({ctx:e}){let{meeting:t,timeZone:n}=e,r=wt(()=>J(`query($id: ID!) { meeting(id: $id) { minutes(format: HTML) } }`,{id:t.id}),[t.id,t.position]),i=Z();return R`<div class="minutes-page">
    <div class="actions no-print">
      <button type="button" class="secondary" onClick=${()=>window.print()}>${G(`print`)}</button>
      ${e.runs&&t.status===`ADJOURNED`&&!t.minutesApprovedAt&&R`<button type="button" onClick=${()=>i.run(async()=>{await J(`mutation($input: ApproveMinutesInput!) { approveMinutes(input: $input) { version } }`,{input:{commandId:Y(),meetingId:t.id}}),e.refresh()})} disabled=${i.busy}>${G(`approveMinutes`)}</button>`}
    </div>
    ${t.minutesApprovedAt&&R`<p class="notice">${G(`approvedAt`)}: ${kt(t.minutesApprovedAt,n)}</p>`}
    <${X} error=${i.error} />
    ${r.loading&&R`<${Tt} />`}
    <${X} error=${r.error} />
    ${r.data?.meeting&&(r.data.meeting.minutes?R`<${Et} class="prose minutes" markup=${r.data.meeting.minutes} />`:R`<p class="muted">${G(`minutesNotYet`)}</p>`)}
    ${e.member&&R`<section class="no-print" aria-labelledby="history-title">
      <h2 id="history-title">${G(`history`)}</h2>
      ${t.agenda.items.map(e=>R`<${sn} id=${e.id} title=${e.title} timeZone=${n} />`)}
    </section>`}
  </div>`}function sn({id:e,title:t,timeZone:n}){let[r,i]=I(!1);return R`<details onToggle=${e=>i(e.target.open)}>
    <summary>${t}</summary>
    ${r&&R`<${cn} id=${e} timeZone=${n} />`}
  </details>`}function cn({id:e,timeZone:t}){let{data:n,error:r,loading:i}=wt(()=>J(`query($id: ID!) { history(entityId: $id) { position type occurredAt recordedAt actor { personId organizationName } } }`,{id:e}),[e]);return i?R`<${Tt} />`:r?R`<${X} error=${r} />`:R`<table>
    <thead><tr><th scope="col">${G(`when`)}</th><th scope="col">${G(`what`)}</th><th scope="col">${G(`who`)}</th></tr></thead>
    <tbody>
      ${n?.history.map(e=>R`<tr>
          <td>${kt(e.occurredAt,t)}</td>
          <td>${e.type}</td>
          <td>${e.actor.organizationName??e.actor.personId}</td>
        </tr>`)}
    </tbody>
  </table>`}var ln=`query($id: ID!) { meeting(id: $id) { ${Ht} } } ${Ut}`,un=`query($p: ID!, $f: ID!) {
  partnership(id: $p) { timeZone organizations { id name } }
  forum(id: $f) { name members { personId role } } }`,dn=`subscription($id: ID!, $after: String) {
  meetingEvents(meetingId: $id, after: $after) {
    position type occurredAt actor { organizationName }
    item { id title }
    meeting { ${Ht} } } } ${Ut}`,fn=[`CHAIR`,`CO_CHAIR`,`SECRETARIAT`];function pn({id:e,view:t}){let[n,r]=I(null),[i,a]=I(null),[o,s]=I(null),[c,l]=I(!1),[u,d]=I(`connecting`),[f,p]=I([]),m=we(new Set),h=async()=>{try{let t=await J(ln,{id:e});return t.meeting?(r(t.meeting),t.meeting):(l(!0),null)}catch(e){return s(e),null}};L(()=>{let t=null,n,i=!1;return(async()=>{let o=await h();if(!o||i)return;let s=Ve(),c={timeZone:`Europe/Copenhagen`,forumName:``,runs:!1,member:!1,organizations:[]};if(o.partnershipId&&o.forumId)try{let e=await J(un,{p:o.partnershipId,f:o.forumId}),t=e.forum?.members.find(e=>e.personId===s?.sub);c={timeZone:e.partnership?.timeZone??c.timeZone,forumName:e.forum?.name??``,runs:!!(t&&fn.includes(t.role)),member:!!t||!!e.partnership?.organizations.some(e=>e.id===s?.org),organizations:e.partnership?.organizations??[]}}catch{}if(i)return;a(c);let l=()=>{d(`polling`),n=window.setInterval(()=>void h(),3e3)};s?t=new _t(dn,{id:e},o.position,{event:e=>{m.current.has(e.position)||(m.current.add(e.position),r(e.meeting),(e.type===`DecisionRecorded`||e.type===`DecisionCorrected`)&&p(t=>[{position:e.position,title:e.item?.title??``,at:e.occurredAt,corrected:e.type===`DecisionCorrected`},...t]))},connection:d,refused:l}):l()})(),()=>{i=!0,t?.stop(),n!==void 0&&window.clearInterval(n)}},[e]);let g=o instanceof q&&(o.code===`NOT_FOUND`||o.code===`INVALID_INPUT`);if(c||g&&!n)return R`<h1>${G(`notFound`)}</h1><p><a href="/">${G(`back`)}</a></p>`;if(o&&!n)return R`<h1>${G(`meetingFailed`)}</h1><${X} error=${o} />`;if(!n||!i)return R`<${Tt} />`;let _={...i,meeting:n,refresh:()=>void h()},v=(n,r)=>R`<a href=${`/meetings/${e}/${n}`} aria-current=${t===n?`page`:void 0}>${r}</a>`,y=n.location?[n.location.room,n.location.address].filter(Boolean).join(`, `):n.placeNotGiven?``:K(n.mode);return R`<article class="meeting">
    <header class="meeting-head">
      <h1>${n.title||i.forumName||G(`meeting`)}</h1>
      <p>
        ${kt(n.startsAt,i.timeZone)}${y&&R` · ${y}`}${` · `}<strong>${K(n.status)}</strong>
        ${n.publishedEdition>0?R` · ${G(`published`)}`:R` · ${G(`draft`)}`}
      </p>
      <p class=${`connection ${u}`} role="status" aria-live="polite">
        <span class="dot" aria-hidden="true"></span>${G(`connection`)}: ${mn(u)}
      </p>
      <nav class="tabs" aria-label=${G(`meeting`)}>
        ${v(`agenda`,G(`agenda`))} ${v(`live`,G(`live`))} ${v(`minutes`,G(`minutes`))}
      </nav>
    </header>
    ${t===`agenda`&&R`<${Yt} ctx=${_} />`}
    ${t===`live`&&R`<${$t} ctx=${_} news=${f} />`}
    ${t===`minutes`&&R`<${on} ctx=${_} />`}
  </article>`}function mn(e){switch(e){case`live`:return G(`connLive`);case`reconnecting`:return G(`connReconnecting`);case`polling`:return G(`connPolling`);default:return G(`connConnecting`)}}Re(),document.documentElement.lang=W();var $=vt(0);mt(()=>{xt.get().page!==`signin`&&(qe(location.pathname),$.set($.get()+1),St(`/signin`))});function hn(){let e=Ve();return R`<header class="top">
    <a class="skip" href="#main">${G(`skip`)}</a>
    <a class="brand" href="/">${G(`app`)}</a>
    <nav aria-label="Konto">
      <button
        type="button"
        class="link"
        lang=${W()===`da`?`en`:`da`}
        onClick=${()=>{ct(W()===`da`?`en`:`da`),$.set($.get()+1)}}
      >
        ${G(`language`)}
      </button>
      ${e?R`<button
            type="button"
            class="link"
            onClick=${()=>{Ue(),$.set($.get()+1),St(`/signin`)}}
          >
            ${G(`signOut`)}
          </button>`:R`<a href="/signin">${G(`signIn`)}</a>`}
    </nav>
  </header>`}function gn(){let e=yt(xt);switch(L(()=>{e.page===`home`&&!Ve()&&St(`/signin`)},[e]),e.page){case`signin`:return R`<${Ct} onDone=${()=>$.set($.get()+1)} />`;case`home`:return R`<${Dt} />`;case`partnership`:return R`<${Rt} id=${e.id} />`;case`meeting`:return R`<${pn} id=${e.id} view=${e.view} />`;default:return R`<h1>${G(`notFound`)}</h1><p><a href="/">${G(`back`)}</a></p>`}}function _n(){return R`<div key=${yt($)}>
    <${hn} />
    <main id="main" tabindex="-1"><${gn} /></main>
  </div>`}var vn=document.getElementById(`app`);vn&&(vn.textContent=``,ue(R`<${_n} />`,vn));