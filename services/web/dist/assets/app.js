(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var e,t,n,r,i,a,o,s,c,l,u,d,f,p,m={},h=[],g=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_=Array.isArray;function v(e,t){for(var n in t)e[n]=t[n];return e}function y(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function b(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return x(t,s,i,a,null)}function x(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function S(e){return e.children}function C(e,t){this.props=e,this.context=t}function w(e,t){if(t==null)return e.__?w(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?w(e):null}function ee(e){if(e.__P&&e.__d){var n=e.__v,r=n.__e,i=[],a=[],o=v({},n);o.__v=n.__v+1,t.vnode&&t.vnode(o),ie(e.__P,o,n,e.__n,e.__P.namespaceURI,32&n.__u?[r]:null,i,r??w(n),!!(32&n.__u),a),o.__v=n.__v,o.__.__k[o.__i]=o,oe(i,o,a),n.__e=n.__=null,o.__e!=r&&T(o)}}function T(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),T(e)}function E(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!D.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(D)}function D(){try{for(var e,t=1;r.length;)r.length>t&&r.sort(o),e=r.shift(),t=r.length,ee(e)}finally{r.length=D.__r=0}}function te(e,t,n,r,i,a,o,s,c,l,u){var d,f,p,g,_,v,y=r&&r.__k||h,b=t.length;for(c=O(n,t,y,c,b),d=0;d<b;d++)(p=n.__k[d])!=null&&(f=p.__i!=-1&&y[p.__i]||m,p.__i=d,v=ie(e,p,f,i,a,o,s,c,l,u),g=p.__e,p.ref&&f.ref!=p.ref&&(f.ref&&le(f.ref,null,p),u.push(p.ref,p.__c||g,p)),_==null&&g!=null&&(_=g),4&p.__u?(c=k(p,c,e),f.__e&&(f.__e=null)):typeof p.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),p.__u&=-7);return n.__e=_,c}function O(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?o=e.__k[a]=x(null,o,null,null,null):_(o)?o=e.__k[a]=x(S,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[a]=x(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[a]=o,c=a+f,o.__=e,o.__b=e.__b+1,s=null,(l=o.__i=ne(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=w(s)),ue(s,s));return r}function k(e,t,n){var r,i;if(typeof e.type==`function`){for(r=e.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=e,t=k(r[i],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=w(e)),t=n.insertBefore(e.__e,t||null));do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ne(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function re(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||g.test(t)?n:n+`px`}function A(e,t,n,r,i){var a,o;e:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||re(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||re(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(u,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n[l]=r[l]:(n[l]=d,e.addEventListener(t,a?p:f,a)):e.removeEventListener(t,a?p:f,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break e}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function j(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n[c]==null)n[c]=d++;else if(n[c]<r[l])return;return r(t.event?t.event(n):n)}}}function ie(e,n,r,i,a,o,s,c,l,u){var d,f,p,m,g,b,x,ee,T,E,D,O,k,ne,re,A,j=n.type;if(n.constructor!==void 0)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);e:if(typeof j==`function`){f=s.length;try{if(T=n.props,E=j.prototype&&j.prototype.render,D=(d=j.contextType)&&i[d.__c],O=d?D?D.props.value:d.__:i,r.__c?ee=(p=n.__c=r.__c).__=p.__E:(E?n.__c=p=new j(T,O):(n.__c=p=new C(T,O),p.constructor=j,p.render=de),D&&D.sub(p),p.state||(p.state={}),p.__n=i,m=p.__d=!0,p.__h=[],p._sb=[]),E&&p.__s==null&&(p.__s=p.state),E&&j.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=v({},p.__s)),v(p.__s,j.getDerivedStateFromProps(T,p.__s))),g=p.props,b=p.state,p.__v=n,m)E&&j.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),E&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(E&&j.getDerivedStateFromProps==null&&T!==g&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(T,O),n.__v==r.__v||!p.__e&&p.shouldComponentUpdate!=null&&!1===p.shouldComponentUpdate(T,p.__s,O)){n.__v!=r.__v&&(p.props=T,p.state=p.__s,p.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),h.push.apply(p.__h,p._sb),p._sb=[],p.__h.length&&s.push(p),c=w(r);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(T,p.__s,O),E&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(g,b,x)})}if(p.context=O,p.props=T,p.__P=e,p.__e=!1,k=t.__r,ne=0,E)p.state=p.__s,p.__d=!1,k&&k(n),d=p.render(p.props,p.state,p.context),h.push.apply(p.__h,p._sb),p._sb=[];else do p.__d=!1,k&&k(n),d=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++ne<25);p.state=p.__s,p.getChildContext!=null&&(i=v(v({},i),p.getChildContext())),E&&!m&&p.getSnapshotBeforeUpdate!=null&&(x=p.getSnapshotBeforeUpdate(g,b)),re=d!=null&&d.type===S&&d.key==null?se(d.props.children):d,c=te(e,_(re)?re:[re],n,r,i,a,o,s,c,l,u),p.base=n.__e,n.__u&=-161,p.__h.length&&s.push(p),ee&&(p.__E=p.__=null)}catch(e){if(s.length=f,n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o!=null&&(o[o.indexOf(c)]=null),n.__e=c}else if(o!=null)for(A=o.length;A--;)y(o[A])}else n.__e=r.__e;n.__k??=r.__k||[],e.then||ae(n),t.__e(e,n,r)}}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=ce(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function ae(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ae))}function oe(e,n,r){for(var i=0;i<r.length;i++)le(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function se(e){return typeof e!=`object`||!e||e.__b>0?e:_(e)?e.map(se):e.constructor===void 0?v({},e):null}function ce(n,r,i,a,o,s,c,l,u){var d,f,p,h,g,v,b,x=i.props||m,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(d=0;d<s.length;d++)if((g=s[d])&&`setAttribute`in g==!!C&&(C?g.localName==C:g.nodeType==3)){n=g,s[d]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s=C==`textarea`&&S.defaultValue!=null?null:s&&e.call(n.childNodes),!l&&s!=null)for(x={},d=0;d<n.attributes.length;d++)x[(g=n.attributes[d]).name]=g.value;for(d in x)g=x[d],d==`dangerouslySetInnerHTML`?p=g:d==`children`||d in S||d==`value`&&`defaultValue`in S||d==`checked`&&`defaultChecked`in S||A(n,d,null,g,o);for(d in S)g=S[d],d==`children`?h=g:d==`dangerouslySetInnerHTML`?f=g:d==`value`?v=g:d==`checked`?b=g:l&&typeof g!=`function`||x[d]===g||A(n,d,g,x[d],o);if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[];else if(p&&(n.innerHTML=``),te(r.type==`template`?n.content:n,_(h)?h:[h],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&w(i,0),l,u),s!=null)for(d=s.length;d--;)y(s[d]);l&&C!=`textarea`||(d=`value`,C==`progress`&&v==null?n.removeAttribute(`value`):v!=null&&(v!==n[d]||C==`progress`&&!v||C==`option`&&v!=x[d])&&A(n,d,v,x[d],o),d=`checked`,b!=null&&b!=n[d]&&A(n,d,b,x[d],o))}return n}function le(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function ue(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||le(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&ue(i[a],n,r||typeof e.type!=`function`);r||y(e.__e),e.__c=e.__=e.__e=void 0}function de(e,t,n){return this.constructor(e,n)}function fe(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],ie(r,n=(!a&&i||r).__k=b(S,null,[n]),o||m,m,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),oe(s,n,c),n.props.children=null}e=h.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,C.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=v({},this.state);typeof e==`function`&&(e=e(v({},n),this.props)),e&&v(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),E(this))},C.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),E(this))},C.prototype.render=S,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},D.__r=0,s=Math.random().toString(8),c=`__d`+s,l=`__a`+s,u=/(PointerCapture)$|Capture$/i,d=0,f=j(!1),p=j(!0);var pe,M,me,he,ge=0,_e=[],N=t,ve=N.__b,ye=N.__r,be=N.diffed,xe=N.__c,Se=N.unmount,Ce=N.__;function we(e,t){N.__h&&N.__h(M,e,ge||t),ge=0;var n=M.__H||(M.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function P(e){return ge=1,Te(Fe,e)}function Te(e,t,n){var r=we(pe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Fe(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=!1,o=r.__c.props!==e;if(r.__c.__H.__.some(function(e){if(e.__N){i=!0;var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a){var s=a.call(this,e,t,n);return i?s||o:s}return!i||o};M.__f=!0;var a=M.shouldComponentUpdate,o=M.componentWillUpdate;M.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},M.shouldComponentUpdate=i}return r.__N||r.__}function F(e,t){var n=we(pe++,3);!N.__s&&Pe(n.__H,t)&&(n.__=e,n.u=t,M.__H.__h.push(n))}function Ee(e){return ge=5,De(function(){return{current:e}},[])}function De(e,t){var n=we(pe++,7);return Pe(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Oe(e,t){return ge=8,De(function(){return e},t)}function ke(){for(var e;e=_e.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Me),t.__h.some(Ne),t.__h=[]}catch(n){t.__h=[],N.__e(n,e.__v)}}}N.__b=function(e){M=null,ve&&ve(e)},N.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ce&&Ce(e,t)},N.__r=function(e){ye&&ye(e),pe=0;var t=(M=e.__c).__H;t&&(me===M?(t.__h=[],M.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.some(Me),t.__h.some(Ne),t.__h=[],pe=0)),me=M},N.diffed=function(e){be&&be(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(_e.push(t)!==1&&he===N.requestAnimationFrame||((he=N.requestAnimationFrame)||je)(ke)),t.__H.__.some(function(e){e.u&&=(e.__H=e.u,void 0)})),me=M=null},N.__c=function(e,t){t.some(function(e){try{e.__h.some(Me),e.__h=e.__h.filter(function(e){return!e.__||Ne(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],N.__e(n,e.__v)}}),xe&&xe(e,t)},N.unmount=function(e){Se&&Se(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(e){try{Me(e)}catch(e){t=e}}),n.__H=void 0,t&&N.__e(t,n.__v))};var Ae=typeof requestAnimationFrame==`function`;function je(e){var t,n=function(){clearTimeout(r),Ae&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Ae&&(t=requestAnimationFrame(n))}function Me(e){var t=M,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),M=t}function Ne(e){var t=M;e.__c=e.__(),M=t}function Pe(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Fe(e,t){return typeof t==`function`?t(e):t}var Ie=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,Ie(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},Le=new Map;function Re(e){var t=Le.get(this);return t||(t=new Map,Le.set(this,t)),(t=Ie(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var I=Re.bind(b),ze=`samraad.token`,Be=`samraad.expired`;function Ve(){let e=new URL(location.href),t=e.searchParams.get(`token`);t!==null&&(t?(localStorage.setItem(ze,t.trim()),localStorage.removeItem(Be)):localStorage.removeItem(ze),e.searchParams.delete(`token`),history.replaceState(null,``,e.pathname+e.search+e.hash))}function He(e){let t=e.split(`.`)[1];if(!t)return null;try{let e=atob(t.replace(/-/g,`+`).replace(/_/g,`/`)),n=Uint8Array.from(e,e=>e.charCodeAt(0)),r=JSON.parse(new TextDecoder().decode(n));return typeof r.sub==`string`?r:null}catch{return null}}function Ue(){let e=localStorage.getItem(ze);if(!e)return null;let t=He(e);return t?.exp!==void 0&&t.exp*1e3<=Date.now()?(qe(),null):e}function We(){let e=Ue();return e?He(e):null}function Ge(e){return He(e.trim())?(localStorage.setItem(ze,e.trim()),localStorage.removeItem(Be),!0):!1}function Ke(){localStorage.removeItem(ze),localStorage.removeItem(Be)}function qe(){localStorage.removeItem(ze),localStorage.setItem(Be,`1`)}function Je(){return localStorage.getItem(Be)===`1`}var Ye=`samraad.return`;function Xe(e){sessionStorage.setItem(Ye,e)}function Ze(){let e=sessionStorage.getItem(Ye);return sessionStorage.removeItem(Ye),e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:`/`}function L(e){return e===null?`null`:Array.isArray(e)?`array`:typeof e}function R(e){return L(e)===`object`}function Qe(e){return Array.isArray(e)&&e.length>0&&e.every(e=>`message`in e)}function $e(e,t){return e.length<124?e:t}var z=(e=>(e[e.InternalServerError=4500]=`InternalServerError`,e[e.InternalClientError=4005]=`InternalClientError`,e[e.BadRequest=4400]=`BadRequest`,e[e.BadResponse=4004]=`BadResponse`,e[e.Unauthorized=4401]=`Unauthorized`,e[e.Forbidden=4403]=`Forbidden`,e[e.SubprotocolNotAcceptable=4406]=`SubprotocolNotAcceptable`,e[e.ConnectionInitialisationTimeout=4408]=`ConnectionInitialisationTimeout`,e[e.ConnectionAcknowledgementTimeout=4504]=`ConnectionAcknowledgementTimeout`,e[e.SubscriberAlreadyExists=4409]=`SubscriberAlreadyExists`,e[e.TooManyInitialisationRequests=4429]=`TooManyInitialisationRequests`,e))(z||{}),B=(e=>(e.ConnectionInit=`connection_init`,e.ConnectionAck=`connection_ack`,e.Ping=`ping`,e.Pong=`pong`,e.Subscribe=`subscribe`,e.Next=`next`,e.Error=`error`,e.Complete=`complete`,e))(B||{});function et(e){if(!R(e))throw Error(`Message is expected to be an object, but got ${L(e)}`);if(!e.type)throw Error(`Message is missing the 'type' property`);if(typeof e.type!=`string`)throw Error(`Message is expects the 'type' property to be a string, but got ${L(e.type)}`);switch(e.type){case`connection_init`:case`connection_ack`:case`ping`:case`pong`:if(e.payload!=null&&!R(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break;case`subscribe`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${L(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!R(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${L(e.payload)}`);if(typeof e.payload.query!=`string`)throw Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${L(e.payload.query)}`);if(e.payload.variables!=null&&!R(e.payload.variables))throw Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${L(e.payload.variables)}`);if(e.payload.operationName!=null&&L(e.payload.operationName)!==`string`)throw Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${L(e.payload.operationName)}`);if(e.payload.extensions!=null&&!R(e.payload.extensions))throw Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${L(e.payload.extensions)}`);break;case`next`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${L(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!R(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${L(e.payload)}`);break;case`error`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${L(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Qe(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break;case`complete`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${L(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);break;default:throw Error(`Invalid message 'type' property "${e.type}"`)}return e}function tt(e,t){return et(typeof e==`string`?JSON.parse(e,t):e)}function nt(e,t){return et(e),JSON.stringify(e,t)}function rt(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:a=0,keepAlive:o=0,disablePong:s,connectionAckWaitTimeout:c=0,retryAttempts:l=5,retryWait:u=async function(e){let t=2**e;await new Promise(e=>setTimeout(e,t*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:d=at,on:f,webSocketImpl:p,generateID:m=function(){return`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.replace(/[xy]/g,e=>{let t=Math.random()*16|0;return(e==`x`?t:t&3|8).toString(16)})},jsonMessageReplacer:h,jsonMessageReviver:g}=e,_;if(p){if(!st(p))throw Error(`Invalid WebSocket implementation provided`);_=p}else typeof WebSocket<`u`?_=WebSocket:typeof global<`u`?_=global.WebSocket||global.MozWebSocket:typeof window<`u`&&(_=window.WebSocket||window.MozWebSocket);if(!_)throw Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let v=_,y=(()=>{let e=(()=>{let e={};return{on(t,n){return e[t]=n,()=>{delete e[t]}},emit(t){`id`in t&&e[t.id]?.(t)}}})(),t={connecting:f?.connecting?[f.connecting]:[],opened:f?.opened?[f.opened]:[],connected:f?.connected?[f.connected]:[],ping:f?.ping?[f.ping]:[],pong:f?.pong?[f.pong]:[],message:f?.message?[e.emit,f.message]:[e.emit],closed:f?.closed?[f.closed]:[],error:f?.error?[f.error]:[]};return{onMessage:e.on,on(e,n){let r=t[e];return r.push(n),()=>{let e=r.indexOf(n);e>-1&&r.splice(e,1)}},emit(e,...n){for(let r of[...t[e]])r(...n)}}})();function b(e){let t=[y.on(`error`,n=>{t.forEach(e=>e()),e(n)}),y.on(`closed`,n=>{t.forEach(e=>e()),e(n)})];return()=>t.forEach(e=>e())}let x,S=0,C,w=!1,ee=0,T=!1;async function E(){clearTimeout(C);let[e,r]=await(x??=new Promise((e,r)=>(async()=>{if(w){if(await u(ee),!S)return x=void 0,r({code:1e3,reason:`All Subscriptions Gone`});ee++}y.emit(`connecting`,w);let i=new v(typeof t==`function`?await t():t,`graphql-transport-ws`),a,l;function d(){isFinite(o)&&o>0&&(clearTimeout(l),l=setTimeout(()=>{i.readyState===v.OPEN&&(i.send(nt({type:B.Ping})),y.emit(`ping`,!1,void 0))},o))}b(e=>{x=void 0,clearTimeout(a),clearTimeout(l),r(e),e instanceof it&&(i.close(4499,`Terminated`),i.onerror=null,i.onclose=null)}),i.onerror=e=>y.emit(`error`,e),i.onclose=e=>y.emit(`closed`,e),i.onopen=async()=>{try{y.emit(`opened`,i);let e=typeof n==`function`?await n():n;if(i.readyState!==v.OPEN)return;i.send(nt(e?{type:B.ConnectionInit,payload:e}:{type:B.ConnectionInit},h)),isFinite(c)&&c>0&&(a=setTimeout(()=>{i.close(z.ConnectionAcknowledgementTimeout,`Connection acknowledgement timeout`)},c)),d()}catch(e){y.emit(`error`,e),i.close(z.InternalClientError,$e(e instanceof Error?e.message:String(e),`Internal client error`))}};let f=!1;i.onmessage=({data:t})=>{try{let n=tt(t,g);if(y.emit(`message`,n),n.type===`ping`||n.type===`pong`){y.emit(n.type,!0,n.payload),n.type===`pong`?d():s||(i.send(nt(n.payload?{type:B.Pong,payload:n.payload}:{type:B.Pong},h)),y.emit(`pong`,!1,n.payload));return}if(f)return;if(n.type!==B.ConnectionAck)throw Error(`First message cannot be of type ${n.type}`);clearTimeout(a),f=!0,y.emit(`connected`,i,n.payload,w),w=!1,ee=0;let r=new Promise((e,t)=>b(t));r.catch(()=>{}),e([i,r])}catch(e){i.onmessage=null,y.emit(`error`,e),i.close(z.BadResponse,$e(e instanceof Error?e.message:String(e),`Bad response`))}}})()));e.readyState===v.CLOSING&&await r;let i=()=>{},l=new Promise(e=>i=e);return[e,i,new Promise((t,n)=>{let i=b(n);e.readyState!==v.OPEN&&r.catch(n),l.then(()=>{if(i(),!S){let t=()=>e.close(1e3,`Normal Closure`);isFinite(a)&&a>0?(clearTimeout(C),C=setTimeout(()=>{!S&&e.readyState===v.OPEN&&t()},a)):t()}t()})})]}function D(e){if(at(e)&&(ot(e.code)||[z.InternalServerError,z.InternalClientError,z.BadRequest,z.BadResponse,z.Unauthorized,z.SubprotocolNotAcceptable,z.SubscriberAlreadyExists,z.TooManyInitialisationRequests].includes(e.code)))throw e;if(T)return!1;if(at(e)&&e.code===1e3)return S>0;if(!l||ee>=l||!d(e))throw e;return w=!0}r||(async()=>{for(S++;;)try{let[,,e]=await E();await e}catch(e){try{if(!D(e))return}catch(e){return i?.(e)}}})();function te(e,t){let n=m(e),r=!1,i=!1,a=()=>{S--,r=!0};return(async()=>{for(S++;;)try{let[o,s,c]=await E();if(r)return c.catch(()=>{}),s();let l=y.onMessage(n,e=>{switch(e.type){case B.Next:t.next(e.payload);return;case B.Error:i=!0,r=!0,t.error(e.payload),a();return;case B.Complete:r=!0,a();return}});o.send(nt({id:n,type:B.Subscribe,payload:e},h)),a=()=>{!r&&o.readyState===v.OPEN&&o.send(nt({id:n,type:B.Complete},h)),S--,r=!0,s()},await c.finally(l);return}catch(e){if(!D(e))return}})().then(()=>{i||t.complete()}).catch(e=>{t.error(e)}),()=>{r||a()}}return{on:y.on,subscribe:te,iterate(e){let t=[],n={done:!1,error:null,resolve:()=>{}},r=te(e,{next(e){t.push(e),n.resolve()},error(e){n.done=!0,n.error=e,n.resolve()},complete(){n.done=!0,n.resolve()}}),i=async function*(){for(;;){for(t.length||await new Promise(e=>n.resolve=e);t.length;)yield t.shift();if(n.error)throw n.error;if(n.done)return}}();return i.throw=async e=>(n.done||(n.done=!0,n.error=e,n.resolve()),{done:!0,value:void 0}),i.return=async()=>(r(),{done:!0,value:void 0}),i},async dispose(){if(T=!0,x){let[e]=await x;e.close(1e3,`Normal Closure`)}},terminate(){x&&y.emit(`closed`,new it)}}}var it=class extends Error{name=`TerminatedCloseEvent`;message=`4499: Terminated`;code=4499;reason=`Terminated`;wasClean=!1};function at(e){return R(e)&&`code`in e&&`reason`in e}function ot(e){return![1e3,1001,1006,1005,1012,1013,1014].includes(e)&&e>=1e3&&e<=1999}function st(e){return typeof e==`function`&&`constructor`in e&&`CLOSED`in e&&`CLOSING`in e&&`CONNECTING`in e&&`OPEN`in e}var ct={app:`Samraad`,skip:`Spring til indhold`,signIn:`Log ind`,signOut:`Log ud`,signInTitle:`Log ind i Samraad`,signInLead:`Indsæt det token, du har fået udleveret. På en udviklingsmaskine skrives det ud af kommandoen i README (samraad demo eller samraad token).`,token:`Token`,expired:`Dit login er udløbet. Log ind igen – dine kladder er gemt i browseren.`,tokenInvalid:`Det er ikke et gyldigt token.`,signInProviderLead:`Du logger ind hos din organisations login-tjeneste og sendes derefter tilbage hertil.`,signInWithProvider:`Log ind`,signInFailed:`Login mislykkedes`,signInFailedLead:`Login-tjenesten sendte dig tilbage uden et gyldigt login. Prøv igen; sker det igen, så kontakt driften med teksten herunder.`,tryAgain:`Prøv igen`,continueAsPublic:`Fortsæt uden login (offentlige punkter)`,partnerships:`Partnerskaber`,noPartnerships:`Du er ikke medlem af noget partnerskab endnu.`,forums:`Fora`,calendar:`Mødekalender`,noMeetings:`Ingen møder.`,followUpsByOrganization:`Åbne opfølgninger pr. organisation`,noFollowUps:`Ingen åbne opfølgninger.`,initiatives:`Initiativer`,noInitiatives:`Ingen initiativer.`,funds:`Puljer`,balance:`Disponibelt`,ledger:`Posteringer`,balanceOverTime:`Disponibelt over tid`,date:`Dato`,type:`Type`,amount:`Beløb`,availableAfter:`Disponibelt efter`,activities:`Aktiviteter`,schedule:`Tidsplan`,resources:`Ressourcer`,scheduleMeeting:`Planlæg møde`,forum:`Forum`,time:`Tidspunkt`,place:`Mødested`,onlineLink:`Teams-link`,save:`Gem`,cancel:`Annullér`,meeting:`Møde`,agenda:`Dagsorden`,live:`Mødet`,minutes:`Referat`,status:`Status`,edit:`Redigér`,addSection:`Tilføj afsnit`,write:`Skriv`,preview:`Forhåndsvisning`,proposeItem:`Foreslå punkt`,title:`Titel`,kind:`Type`,visibility:`Synlighed`,open:`Åben`,closed:`Lukket`,summary:`Resumé`,accept:`Godkend punkt`,reject:`Afvis`,moveUp:`Flyt op`,moveDown:`Flyt ned`,publish:`Udsend dagsorden`,published:`Udsendt`,draft:`Kladde`,changedAfterPublication:`Ændret efter udsendelse`,proposed:`Foreslået`,conflictTitle:`En anden har ændret afsnittet imens`,conflictLead:`Din tekst er ikke gået tabt. Sammenlign med den nye version, flet dem i feltet herunder og gem igen.`,theirs:`Den nye version`,yours:`Din tekst`,merged:`Flettet tekst`,saveMerged:`Gem flettet tekst`,saved:`Gemt.`,nowDiscussing:`Drøftes nu`,nothingYet:`Mødet er ikke i gang.`,decisions:`Beslutninger`,noDecisions:`Ingen beslutninger endnu.`,connection:`Forbindelse`,connLive:`Live`,connConnecting:`Forbinder …`,connReconnecting:`Forbindelsen blev afbrudt – genopretter …`,connPolling:`Opdateres hvert 3. sekund`,console:`Mødeleder`,openMeeting:`Åbn mødet`,adjourn:`Afslut mødet`,takeUp:`Tag punktet op`,attendance:`Fremmøde`,name:`Navn`,addAttendance:`Registrér`,guestFor:`Gæst ved punkt`,wholeMeeting:`Hele mødet`,inRoom:`Til stede i lokalet`,online:`Deltager online`,absent:`Fraværende`,apologies:`Afbud`,recordDecision:`Registrér beslutning`,decisionText:`Beslutningstekst`,outcome:`Udfald`,itemOutcome:`Udfald for punktet`,recommendation:`Indstilling`,reservations:`Forbehold`,reservation:`Forbehold`,addReservation:`Tilføj forbehold`,organization:`Organisation`,wholeItem:`Hele punktet`,reservationText:`Tekst`,followUp:`Opfølgning`,itemFollowUps:`Opfølgninger`,due:`senest`,owner:`Ansvarlig`,secretariat:`Sekretariatet`,chair:`Formandskabet`,assign:`Tilføj opfølgning`,approveMinutes:`Godkend referatet`,approvedAt:`Referatet er godkendt`,print:`Udskriv`,minutesNotYet:`Referatet offentliggøres, når det er godkendt.`,history:`Historik`,who:`Hvem`,unknownPerson:`En person uden plads i forummet`,what:`Hvad`,when:`Hvornår`,caseFile:`Sagsforløb`,caseId:`Sags ID`,caseFileEmpty:`Ingen punkter med dette Sags ID, som du har adgang til.`,closedItem:`Lukket punkt`,notFound:`Siden findes ikke, eller du har ikke adgang til den.`,meetingFailed:`Mødet kunne ikke hentes`,loading:`Indlæser …`,language:`English`,back:`Tilbage til forsiden`,attachments:`Bilag`,presenters:`Oplæg ved`,none:`Ingen`},lt={app:`Samraad`,skip:`Skip to content`,signIn:`Sign in`,signOut:`Sign out`,signInTitle:`Sign in to Samraad`,signInLead:`Paste the token you were given. On a development machine the README's command prints one (samraad demo or samraad token).`,token:`Token`,expired:`Your sign-in has expired. Sign in again – your drafts are kept in the browser.`,tokenInvalid:`That is not a valid token.`,signInProviderLead:`You sign in with your organisation's sign-in service and are then sent back here.`,signInWithProvider:`Sign in`,signInFailed:`Sign-in failed`,signInFailedLead:`The sign-in service sent you back without a valid sign-in. Try again; if it happens again, give operations the text below.`,tryAgain:`Try again`,continueAsPublic:`Continue without signing in (public items)`,partnerships:`Partnerships`,noPartnerships:`You are not a member of any partnership yet.`,forums:`Forums`,calendar:`Meetings`,noMeetings:`No meetings.`,followUpsByOrganization:`Open follow-ups by organisation`,noFollowUps:`No open follow-ups.`,initiatives:`Initiatives`,noInitiatives:`No initiatives.`,funds:`Fund pools`,balance:`Available`,ledger:`Ledger`,balanceOverTime:`Available over time`,date:`Date`,type:`Type`,amount:`Amount`,availableAfter:`Available after`,activities:`Activities`,schedule:`Schedule`,resources:`Resources`,scheduleMeeting:`Schedule a meeting`,forum:`Forum`,time:`Time`,place:`Place`,onlineLink:`Teams link`,save:`Save`,cancel:`Cancel`,meeting:`Meeting`,agenda:`Agenda`,live:`The meeting`,minutes:`Minutes`,status:`Status`,edit:`Edit`,addSection:`Add a section`,write:`Write`,preview:`Preview`,proposeItem:`Propose an item`,title:`Title`,kind:`Kind`,visibility:`Visibility`,open:`Open`,closed:`Closed`,summary:`Summary`,accept:`Accept item`,reject:`Reject`,moveUp:`Move up`,moveDown:`Move down`,publish:`Publish agenda`,published:`Published`,draft:`Draft`,changedAfterPublication:`Changed after publication`,proposed:`Proposed`,conflictTitle:`Someone else changed this section meanwhile`,conflictLead:`Your text is not lost. Compare it with the new version, merge them below and save again.`,theirs:`The new version`,yours:`Your text`,merged:`Merged text`,saveMerged:`Save merged text`,saved:`Saved.`,nowDiscussing:`Now discussing`,nothingYet:`The meeting has not started.`,decisions:`Decisions`,noDecisions:`No decisions yet.`,connection:`Connection`,connLive:`Live`,connConnecting:`Connecting …`,connReconnecting:`Connection lost – reconnecting …`,connPolling:`Refreshed every 3 seconds`,console:`Chair's console`,openMeeting:`Open the meeting`,adjourn:`Adjourn the meeting`,takeUp:`Take up the item`,attendance:`Attendance`,name:`Name`,addAttendance:`Record`,guestFor:`Guest for item`,wholeMeeting:`The whole meeting`,inRoom:`Present in the room`,online:`Present online`,absent:`Absent`,apologies:`Apologies`,recordDecision:`Record decision`,decisionText:`Decision text`,outcome:`Outcome`,itemOutcome:`Outcome for the item`,recommendation:`Recommendation`,reservations:`Reservations`,reservation:`Reservation`,addReservation:`Add a reservation`,organization:`Organisation`,wholeItem:`The whole item`,reservationText:`Text`,followUp:`Follow-up`,itemFollowUps:`Follow-ups`,due:`by`,owner:`Owner`,secretariat:`The secretariat`,chair:`The chair`,assign:`Add follow-up`,approveMinutes:`Approve the minutes`,approvedAt:`The minutes were approved`,print:`Print`,minutesNotYet:`The minutes are published once they are approved.`,history:`History`,who:`Who`,unknownPerson:`Someone without a seat in the forum`,what:`What`,when:`When`,caseFile:`Case file`,caseId:`Case ID`,caseFileEmpty:`No items with this case ID that you may see.`,closedItem:`Closed item`,notFound:`The page does not exist, or you may not see it.`,meetingFailed:`The meeting could not be loaded`,loading:`Loading …`,language:`Dansk`,back:`Back to the front page`,attachments:`Attachments`,presenters:`Presented by`,none:`None`},ut=`samraad.lang`,dt=localStorage.getItem(ut)===`en`?`en`:`da`;function V(){return dt}function ft(e){dt=e,localStorage.setItem(ut,e),document.documentElement.lang=e}function H(e){return(V()===`en`?lt:ct)[e]}var pt={da:{APPROVAL:`Godkendelse`,DECISION:`Beslutning`,DISCUSSION:`Drøftelse`,INFORMATION:`Orientering`,WRITTEN_INFORMATION:`Skriftlig orientering`,MUTUAL_INFORMATION:`Gensidig orientering`,PRESENTATION:`Oplæg`,BREAK:`Pause`,ANY_OTHER_BUSINESS:`Eventuelt`,PROPOSED:`Foreslået`,ACCEPTED:`Godkendt`,REJECTED:`Afvist`,WITHDRAWN:`Trukket tilbage`,POSTPONED:`Udsat`,SCHEDULED:`Planlagt`,OPEN:`I gang`,ADJOURNED:`Afsluttet`,CANCELLED:`Aflyst`,UNSCHEDULED:`Ikke planlagt`,APPROVED:`Godkendt`,APPROVED_WITH_CHANGES:`Godkendt med ændringer`,NOTED:`Taget til efterretning`,DISCUSSED:`Drøftet`,NOT_STATED:`Ikke angivet`,GREEN:`Grøn`,YELLOW:`Gul`,RED:`Rød`,RUNNING:`I gang`,COMPLETED:`Afsluttet`,STOPPED:`Stoppet`,UNKNOWN:`Ukendt`,SUMMARY:`Resumé`,RECOMMENDATIONS:`Indstilling`,BACKGROUND:`Sagsfremstilling`,FINANCES:`Økonomi`,PREVIOUS_DECISIONS:`Tidligere beslutninger`,COORDINATION:`Koordinering`,APPROVED_BY:`Godkendt af`,IN_PERSON:`Fysisk møde`,ONLINE:`Online`,HYBRID:`Hybridmøde`,WRITTEN:`Skriftlig behandling`,MeetingScheduled:`Mødet planlagt`,MeetingRescheduled:`Mødet flyttet`,MeetingCancelled:`Mødet aflyst`,AgendaItemProposed:`Punktet foreslået`,AgendaItemAccepted:`Punktet sat på dagsordenen`,AgendaItemRejected:`Punktet afvist`,AgendaItemWithdrawn:`Punktet trukket tilbage`,AgendaItemPostponed:`Punktet udsat`,AgendaItemEdited:`Afsnit redigeret`,AgendaItemDetailsChanged:`Punktets oplysninger ændret`,AgendaReordered:`Dagsordenen omrokeret`,AgendaPublished:`Dagsordenen udsendt`,DocumentAttached:`Bilag vedhæftet`,MeetingOpened:`Mødet åbnet`,AttendanceRecorded:`Fremmøde registreret`,ItemTakenUp:`Punktet taget op`,DecisionRecorded:`Beslutning registreret`,DecisionCorrected:`Beslutning rettet`,FollowUpAssigned:`Opfølgning tildelt`,FollowUpCompleted:`Opfølgning afsluttet`,MeetingAdjourned:`Mødet afsluttet`,MinutesApproved:`Referatet godkendt`,FundPoolCreated:`Puljen oprettet`,GrantReceived:`Bevilling modtaget`,FundsAllocated:`Midler tildelt`,FundsTransferred:`Midler overført`,FundsReturned:`Midler tilbageført`,IncomeRecorded:`Indtægt bogført`,ExpenseRecorded:`Udgift bogført`},en:{APPROVAL:`Approval`,DECISION:`Decision`,DISCUSSION:`Discussion`,INFORMATION:`Information`,WRITTEN_INFORMATION:`Written information`,MUTUAL_INFORMATION:`Mutual information`,PRESENTATION:`Presentation`,BREAK:`Break`,ANY_OTHER_BUSINESS:`Any other business`,PROPOSED:`Proposed`,ACCEPTED:`Accepted`,REJECTED:`Rejected`,WITHDRAWN:`Withdrawn`,POSTPONED:`Postponed`,SCHEDULED:`Scheduled`,OPEN:`In session`,ADJOURNED:`Adjourned`,CANCELLED:`Cancelled`,UNSCHEDULED:`Unscheduled`,APPROVED:`Approved`,APPROVED_WITH_CHANGES:`Approved with changes`,NOTED:`Noted`,DISCUSSED:`Discussed`,NOT_STATED:`Not stated`,GREEN:`Green`,YELLOW:`Yellow`,RED:`Red`,RUNNING:`Running`,COMPLETED:`Completed`,STOPPED:`Stopped`,UNKNOWN:`Unknown`,SUMMARY:`Summary`,RECOMMENDATIONS:`Recommendations`,BACKGROUND:`Background`,FINANCES:`Finances`,PREVIOUS_DECISIONS:`Previous decisions`,COORDINATION:`Coordination`,APPROVED_BY:`Approved by`,IN_PERSON:`In person`,ONLINE:`Online`,HYBRID:`Hybrid`,WRITTEN:`Written procedure`,MeetingScheduled:`Meeting scheduled`,MeetingRescheduled:`Meeting moved`,MeetingCancelled:`Meeting cancelled`,AgendaItemProposed:`Item proposed`,AgendaItemAccepted:`Item put on the agenda`,AgendaItemRejected:`Item rejected`,AgendaItemWithdrawn:`Item withdrawn`,AgendaItemPostponed:`Item postponed`,AgendaItemEdited:`Section edited`,AgendaItemDetailsChanged:`Item details changed`,AgendaReordered:`Agenda reordered`,AgendaPublished:`Agenda published`,DocumentAttached:`Attachment added`,MeetingOpened:`Meeting opened`,AttendanceRecorded:`Attendance recorded`,ItemTakenUp:`Item taken up`,DecisionRecorded:`Decision recorded`,DecisionCorrected:`Decision corrected`,FollowUpAssigned:`Follow-up assigned`,FollowUpCompleted:`Follow-up completed`,MeetingAdjourned:`Meeting adjourned`,MinutesApproved:`Minutes approved`,FundPoolCreated:`Pool created`,GrantReceived:`Grant received`,FundsAllocated:`Funds allocated`,FundsTransferred:`Funds transferred`,FundsReturned:`Funds returned`,IncomeRecorded:`Income recorded`,ExpenseRecorded:`Expense recorded`}};function U(e){return e?pt[V()][e]??e:``}var W=class extends Error{code;detail;extensions;constructor(e,t,n={}){super(t),this.code=e,this.detail=t,this.extensions=n}},mt={UNAUTHENTICATED:`Du er ikke logget ind, eller dit login er udløbet. Log ind igen.`,FORBIDDEN:`Det har du ikke ret til. Kun forummets sekretariat og formandskab kan det, eller også hører du ikke til partnerskabet.`,NOT_FOUND:`Det findes ikke (længere), eller du har ikke adgang til det.`,CONFLICT:`En anden har ændret det samme imens. Hent den nye version og prøv igen – intet er gemt endnu.`,INVALID_INPUT:`Noget i formularen er ikke gyldigt. Ret det markerede og prøv igen.`,RULE_VIOLATION:`Det tillader mødets regler ikke lige nu.`,RATE_LIMITED:`For mange forespørgsler på kort tid. Vent et øjeblik og prøv igen.`,UNAVAILABLE:`Samraad kan ikke nå sin database lige nu. Prøv igen om lidt – intet er gået tabt.`,STORAGE_FULL:`Serverens lager er fuldt, så intet blev gemt. Kontakt driften.`,INTERNAL:`Der skete en fejl på serveren. Prøv igen; sker det igen, så giv driften referencen.`,NETWORK:`Ingen forbindelse til Samraad. Tjek netværket og prøv igen – formularen er bevaret.`},ht={UNAUTHENTICATED:`You are not signed in, or your sign-in has expired. Sign in again.`,FORBIDDEN:`You may not do that: only the forum's secretariat and chair can, or you are not part of the partnership.`,NOT_FOUND:`It does not exist (any more), or you may not see it.`,CONFLICT:`Someone else changed the same thing meanwhile. Load the new version and try again – nothing was saved yet.`,INVALID_INPUT:`Something in the form is not valid. Correct it and try again.`,RULE_VIOLATION:`The meeting's rules do not allow that right now.`,RATE_LIMITED:`Too many requests in a short time. Wait a moment and try again.`,UNAVAILABLE:`Samraad cannot reach its database right now. Try again shortly – nothing was lost.`,STORAGE_FULL:`The server's storage is full, so nothing was saved. Contact operations.`,INTERNAL:`The server failed. Try again; if it happens again, give operations the reference.`,NETWORK:`No connection to Samraad. Check the network and try again – the form is kept.`};function gt(e){let t=V()===`en`?ht:mt;return e instanceof W?{text:t[e.code]??t.INTERNAL,detail:e.detail}:{text:t.INTERNAL,detail:String(e)}}var _t=()=>{};function vt(e){_t=e}function yt(e){let t=e[0];return new W(String(t?.extensions?.code??`INTERNAL`),t?.message??``,t?.extensions??{})}async function G(e,t={}){let n={"content-type":`application/json`},r=Ue();if(!r&&Je())throw _t(),new W(`UNAUTHENTICATED`,``);r&&(n.authorization=`Bearer ${r}`);let i;try{i=await fetch(`/graphql`,{method:`POST`,headers:n,body:JSON.stringify({query:e,variables:t})})}catch(e){throw new W(`NETWORK`,String(e))}let a;try{a=await i.json()}catch{throw new W(i.status===429?`RATE_LIMITED`:`INTERNAL`,`HTTP ${i.status}`)}if(a.errors?.length){let e=yt(a.errors);throw e.code===`UNAUTHENTICATED`&&r&&(qe(),_t()),e}return a.data}function K(e,t){return G(`mutation($input: ${e[0].toUpperCase()}${e.slice(1)}Input!) { ${e}(input: $input) { version } }`,{input:t})}function q(){return crypto.randomUUID()}function bt(e){e&&Promise.resolve(e.dispose()).catch(()=>{})}var xt=class{query;variables;on;client=null;last;stopped=!1;retry=0;timer;constructor(e,t,n,r){this.query=e,this.variables=t,this.on=r,this.last=n,this.connect()}connect(){if(this.stopped)return;this.on.connection(this.retry===0?`connecting`:`reconnecting`);let e=`${location.protocol===`https:`?`wss`:`ws`}://${location.host}/graphql/ws`,t=Ue(),n=rt({url:e,lazy:!1,retryAttempts:0,onNonLazyError:()=>{},connectionParams:t?{authorization:`Bearer ${t}`}:{},on:{connected:()=>{this.client===n&&(this.retry=0,this.on.connection(`live`))},closed:e=>{if(this.client!==n)return;let t=e?.code;t===4401||t===4403?(qe(),_t(),this.stop()):this.reconnect()}}});this.client=n,n.subscribe({query:this.query,variables:{...this.variables,after:this.last}},{next:e=>{if(this.client!==n)return;if(e.errors?.length){let t=yt(e.errors);if(t.code===`FORBIDDEN`||t.code===`NOT_FOUND`||t.code===`UNAUTHENTICATED`){this.stop(),this.on.refused();return}let n=t.extensions.resumeAfter;typeof n==`string`&&(this.last=n),this.reconnect();return}let t=e.data&&Object.values(e.data)[0];t&&(this.last=t.position,this.on.event(t))},error:()=>this.client===n&&this.reconnect(),complete:()=>this.client===n&&this.reconnect()})}reconnect(){if(this.stopped||this.timer!==void 0)return;this.on.connection(`reconnecting`),bt(this.client),this.client=null;let e=Math.min(200*2**this.retry,2e3);this.retry+=1,this.timer=window.setTimeout(()=>{this.timer=void 0,this.connect()},e)}stop(){this.stopped=!0,this.timer!==void 0&&window.clearTimeout(this.timer),bt(this.client),this.client=null}},St=`samraad.oidc.pending`,Ct=`samraad.oidc.idToken`,wt=null;function Tt(){return wt??=fetch(`/auth/config`).then(e=>e.ok?e.json():{mode:`development`}).catch(()=>({mode:`development`})),wt}function Et(e){let t=``;for(let n of e)t+=String.fromCharCode(n);return btoa(t).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function Dt(){return Et(crypto.getRandomValues(new Uint8Array(32)))}var Ot=()=>`${location.origin}/auth/callback`;async function kt(e,t){if(!e.authorizationEndpoint||!e.clientId)return;let n=Dt(),r=Et(new Uint8Array(await crypto.subtle.digest(`SHA-256`,new TextEncoder().encode(n)))),i=Dt(),a=Dt();sessionStorage.setItem(St,JSON.stringify({verifier:n,state:i,nonce:a,returnTo:t}));let o=new URL(e.authorizationEndpoint);o.search=new URLSearchParams({response_type:`code`,client_id:e.clientId,redirect_uri:Ot(),scope:e.scope??`openid`,state:i,nonce:a,code_challenge:r,code_challenge_method:`S256`}).toString(),location.assign(o.toString())}var At=class extends Error{};function jt(e){try{let t=e.split(`.`)[1].replace(/-/g,`+`).replace(/_/g,`/`);return JSON.parse(atob(t.padEnd(Math.ceil(t.length/4)*4,`=`)))}catch{return null}}async function Mt(e){let t=JSON.parse(sessionStorage.getItem(St)??`null`);sessionStorage.removeItem(St);let n=e.get(`error`);if(n)throw new At(`${n} ${e.get(`error_description`)??``}`.trim());if(!t||e.get(`state`)!==t.state)throw new At(`state`);let r=await fetch(`/auth/token`,{method:`POST`,headers:{"content-type":`application/json`},body:JSON.stringify({code:e.get(`code`)??``,codeVerifier:t.verifier,redirectUri:Ot()})}),i=await r.json().catch(()=>null);if(!r.ok||!i?.accessToken)throw new At(i?.errors?.[0]?.message??`HTTP ${r.status}`);if(i.idToken&&jt(i.idToken)?.nonce!==t.nonce)throw new At(`nonce`);if(!Ge(i.accessToken))throw new At(`token`);return i.idToken&&sessionStorage.setItem(Ct,i.idToken),t.returnTo}async function Nt(){let e=await Tt(),t=sessionStorage.getItem(Ct);if(sessionStorage.removeItem(Ct),e.mode!==`oidc`||!e.endSessionEndpoint)return;let n=new URL(e.endSessionEndpoint);n.search=new URLSearchParams({client_id:e.clientId??``,post_logout_redirect_uri:`${location.origin}/signin`,...t?{id_token_hint:t}:{}}).toString(),location.assign(n.toString())}function Pt(e){let t=e,n=new Set;return{get:()=>t,set(e){t=e,n.forEach(t=>t(e))},subscribe(e){return n.add(e),()=>n.delete(e)}}}function Ft(e){let[t,n]=P(e.get());return F(()=>e.subscribe(n),[e]),t}function It(e){let t=e.split(`/`).filter(Boolean);if(t.length===0)return{page:`home`};if(t[0]===`signin`&&t.length===1)return{page:`signin`};if(t[0]===`auth`&&t[1]===`callback`&&t.length===2)return{page:`callback`};if(t[0]===`partnerships`&&t.length===2)return{page:`partnership`,id:t[1]};if(t[0]===`cases`&&t.length===2)return{page:`case`,reference:decodeURIComponent(t[1])};if(t[0]===`meetings`&&(t.length===2||t.length===3)){let e=t[2]??`live`;if(e===`agenda`||e===`live`||e===`minutes`)return{page:`meeting`,id:t[1],view:e}}return{page:`notfound`}}var Lt=Pt(It(location.pathname));function J(e){history.pushState(null,``,e),Lt.set(It(location.pathname)),window.scrollTo(0,0)}window.addEventListener(`popstate`,()=>Lt.set(It(location.pathname))),document.addEventListener(`click`,e=>{let t=e.target?.closest?.(`a`);if(!t||e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey)return;let n=t.getAttribute(`href`);n&&n.startsWith(`/`)&&!t.target&&!t.hasAttribute(`download`)&&(e.preventDefault(),J(n))});function Rt({onDone:e}){let[t,n]=P(``),[r,i]=P(!1),[a,o]=P(null);return F(()=>{Tt().then(o)},[]),a?a.mode===`oidc`?I`<section class="narrow">
      <h1>${H(`signInTitle`)}</h1>
      ${Je()&&I`<p class="notice" role="status">${H(`expired`)}</p>`}
      <p>${H(`signInProviderLead`)}</p>
      <p>
        <button type="button" onClick=${()=>void kt(a,Ze())}>
          ${H(`signInWithProvider`)} (${a.issuer?new URL(a.issuer).host:``})
        </button>
      </p>
    </section>`:I`<section class="narrow">
    <h1>${H(`signInTitle`)}</h1>
    ${Je()&&I`<p class="notice" role="status">${H(`expired`)}</p>`}
    <p>${H(`signInLead`)}</p>
    <form onSubmit=${n=>{n.preventDefault(),Ge(t)?(e(),J(Ze())):i(!0)}}>
      <div class="field">
        <label for="token">${H(`token`)}</label>
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
        ${r&&I`<p id="token-error" class="error-text">${H(`tokenInvalid`)}</p>`}
      </div>
      <button type="submit">${H(`signIn`)}</button>
    </form>
  </section>`:I`<section class="narrow"><h1>${H(`signInTitle`)}</h1></section>`}function zt(e,t){let[n,r]=P({loading:!0}),i=Oe(()=>{e().then(e=>r({data:e,loading:!1}),e=>r({error:e,loading:!1}))},t);return F(i,[i]),{...n,reload:i,set:e=>r({data:e,loading:!1})}}function Y({error:e}){if(!e)return null;let{text:t,detail:n}=gt(e);return I`<div class="error" role="alert">
    <p>${t}</p>
    ${n&&I`<p class="detail">${n}</p>`}
  </div>`}function X(){return I`<p class="muted" role="status">${H(`loading`)}</p>`}function Z(){let[e,t]=P(null),[n,r]=P(!1);return{error:e,busy:n,run:async e=>{r(!0),t(null);try{return await e(),!0}catch(e){return t(e),!1}finally{r(!1)}},setError:t}}function Q({label:e,id:t,children:n}){return I`<div class="field"><label for=${t}>${e}</label>${n}</div>`}function Bt({markup:e,class:t}){return I`<div class=${t??`prose`} dangerouslySetInnerHTML=${{__html:e}}></div>`}function Vt({onDone:e}){let[t,n]=P(null);return F(()=>{Mt(new URLSearchParams(location.search)).then(t=>{e(),J(t)},e=>n(e instanceof Error?e.message:String(e)))},[]),t?I`<section class="narrow">
    <h1>${H(`signInFailed`)}</h1>
    <div class="error" role="alert"><p>${H(`signInFailedLead`)}</p><p class="detail">${t}</p></div>
    <p><a href="/signin">${H(`tryAgain`)}</a></p>
  </section>`:I`<${X} />`}function Ht(){return V()===`en`?`en-GB`:`da-DK`}var Ut=new Map,Wt=new Map;function Gt(e,t){let n=t??Ht(),r=`${n} ${JSON.stringify(e)}`,i=Ut.get(r);return i||(i=new Intl.DateTimeFormat(n,e),Ut.set(r,i)),i}function Kt(e,t){return e?Gt({timeZone:t,weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,hour:`2-digit`,minute:`2-digit`}).format(new Date(e)):``}function qt(e,t){return Gt({timeZone:t,day:`numeric`,month:`short`,year:`numeric`}).format(new Date(e))}function Jt(e){return qt(`${e}T12:00:00Z`,`UTC`)}function Yt(e,t){return Gt({timeZone:t,hour:`2-digit`,minute:`2-digit`}).format(new Date(e))}function Xt(e,t,n){let r=new Date(`${e}T${t}:00Z`),i=Gt({timeZone:n,hourCycle:`h23`,year:`numeric`,month:`2-digit`,day:`2-digit`,hour:`2-digit`,minute:`2-digit`},`en-US`).formatToParts(r),a=e=>Number(i.find(t=>t.type===e)?.value),o=Date.UTC(a(`year`),a(`month`)-1,a(`day`),a(`hour`),a(`minute`));return new Date(r.getTime()-(o-r.getTime())).toISOString()}function Zt(e,t=`DKK`){if(e==null)return``;let n=`${Ht()} ${t}`,r=Wt.get(n);return r||(r=new Intl.NumberFormat(Ht(),{style:`currency`,currency:t}),Wt.set(n,r)),r.format(Number(e))}async function Qt(e){let{caseFile:t}=await G(`query($r: String!) { caseFile(reference: $r) { id meetingId title kind decision { html outcome } } }`,{r:e}),n=[...new Set(t.map(e=>e.meetingId).filter(e=>!!e))];if(n.length===0)return{items:t,meetings:new Map,timeZone:`Europe/Copenhagen`};let r=await G(`query { ${n.map((e,t)=>`m${t}: meeting(id: ${JSON.stringify(e)}) { id title startsAt partnershipId }`).join(` `)} }`),i=new Map;for(let e of Object.values(r))e&&i.set(e.id,e);let a=Object.values(r).find(e=>e?.partnershipId)?.partnershipId,o=`Europe/Copenhagen`;a&&(o=(await G(`query($p: ID!) { partnership(id: $p) { timeZone } }`,{p:a})).partnership?.timeZone??o);let s=e=>e.meetingId&&i.get(e.meetingId)?.startsAt||``;return{items:[...t].sort((e,t)=>s(e).localeCompare(s(t))),meetings:i,timeZone:o}}function $t({reference:e}){let{data:t,error:n,loading:r}=zt(()=>Qt(e),[e]);return I`<article>
    <h1>${H(`caseFile`)} ${e}</h1>
    ${r&&I`<${X} />`}
    <${Y} error=${n} />
    ${t&&(t.items.length===0?I`<p class="muted">${H(`caseFileEmpty`)}</p>`:I`<ol class="case-file">
          ${t.items.map(e=>{let n=e.meetingId?t.meetings.get(e.meetingId):void 0;return I`<li class="card">
              <h2>${e.title}</h2>
              <p class="muted">
                ${e.kind&&U(e.kind)}
                ${n&&I` · <a href=${`/meetings/${n.id}/minutes`}>${n.title||H(`meeting`)} ${Kt(n.startsAt,t.timeZone)}</a>`}
              </p>
              ${e.decision?I`<${Bt} markup=${e.decision.html} />
                    ${e.decision.outcome&&I`<p><strong>${H(`itemOutcome`)}:</strong> ${U(e.decision.outcome)}</p>`}`:I`<p class="muted">${H(`noDecisions`)}</p>`}
            </li>`})}
        </ol>`)}
  </article>`}function en(){let{data:e,error:t,loading:n}=zt(()=>G(`{ partnerships { id name forums { id name } } }`),[]);return I`<section>
    <h1>${H(`partnerships`)}</h1>
    ${n&&I`<${X} />`}
    <${Y} error=${t} />
    ${e&&(e.partnerships.length===0?I`<p>${H(`noPartnerships`)}</p>`:I`<ul class="cards">
          ${e.partnerships.map(e=>I`<li class="card">
              <h2><a href=${`/partnerships/${e.id}`}>${e.name}</a></h2>
              <p class="muted">${e.forums.map(e=>e.name).join(` · `)}</p>
            </li>`)}
        </ul>`)}
  </section>`}var tn=`
  id partnershipId forumId title startsAt endsAt status mode placeNotGiven onlineLink
  location { room address } version position publishedEdition minutesApprovedAt
  currentItem { id number title }
  attendance { name status organizationId guestForItem }
  followUps { id itemId description due status owner { role organizationIds personName } }
  agenda { items { ...Item } }
  otherItems { ...Item }`,nn=`fragment Item on AgendaItem {
  id number title kind visibility status takenUp revision changedAfterPublication
  proposedByOrganizationId presenters caseReference timeSlot
  sections { section revision text html proposals }
  attachments { id title documentNumber }
  decision { id text html outcome outcomes { recommendation outcome note }
    reservations { organizationName text recommendation } }
}`,rn=[`CHAIR`,`CO_CHAIR`,`SECRETARIAT`];function an({points:e,currency:t,timeZone:n}){if(e.length===0)return null;let r=Math.max(...e.map(e=>e.amount),1),i=t=>8+(e.length===1?0:t*584/(e.length-1)),a=e=>152-Math.max(e,0)*144/r,o=`M ${i(0)} ${a(e[0].amount)}`;e.forEach((e,t)=>{t>0&&(o+=` H ${i(t)} V ${a(e.amount)}`)});let s=e[e.length-1],c=`${H(`balanceOverTime`)}: ${Zt(e[0].amount,t)} (${qt(e[0].at,n)}) → ${Zt(s.amount,t)} (${qt(s.at,n)})`;return I`<figure class="chart">
    <svg viewBox=${`0 0 600 160`} role="img" aria-label=${c} preserveAspectRatio="none">
      <path d=${o} fill="none" stroke="currentColor" stroke-width="3" vector-effect="non-scaling-stroke" />
    </svg>
    <figcaption>${c}</figcaption>
  </figure>`}var on=`query($id: ID!) {
  partnership(id: $id) {
    id name timeZone organizations { id name }
    forums { id name members { personId role } calendar { id title startsAt status } }
    initiatives { id title status latestReport { asOf summary
      activities { light comment } schedule { light comment } resources { light comment } } }
    fundPools { id name currency balance { available { amount } }
      ledger { position type occurredAt amount { amount } availableAfter { amount } note } }
  }
}`;async function sn(e,t){let n=[...e.partnership?.organizations??[]].sort((e,n)=>Number(n.id===t)-Number(e.id===t));if(n.length===0)return[];let r=await G(`query { ${n.map((e,t)=>`o${t}: organizationFollowUps(organizationId: ${JSON.stringify(e.id)}) { meetingId followUp { id description due } }`).join(` `)} }`);return n.map((e,t)=>[e,r[`o${t}`]??[]]).filter(([,e])=>e.length>0)}function cn({id:e}){let t=We(),{data:n,error:r,loading:i,reload:a}=zt(async()=>{let n=await G(on,{id:e});return{...n,followUps:await sn(n,t?.org)}},[e]);if(i)return I`<${X} />`;if(r)return I`<${Y} error=${r} />`;let o=n?.partnership;if(!o)return I`<h1>${H(`notFound`)}</h1>`;let s=o.timeZone,c=o.forums.filter(e=>e.members.some(e=>e.personId===t?.sub&&rn.includes(e.role)));return I`<article>
    <h1>${o.name}</h1>
    <div class="grid">
      <section aria-labelledby="forums">
        <h2 id="forums">${H(`calendar`)}</h2>
        ${o.forums.map(e=>I`<section class="card">
            <h3>${e.name}</h3>
            ${e.calendar.length===0?I`<p class="muted">${H(`noMeetings`)}</p>`:I`<ul class="list">
                  ${e.calendar.map(t=>I`<li>
                      <a href=${`/meetings/${t.id}`}>${t.title??e.name}</a>
                      <span class="muted"> — ${Kt(t.startsAt,s)} · ${U(t.status)}</span>
                    </li>`)}
                </ul>`}
          </section>`)}
        ${c.length>0&&I`<${dn} forums=${c} timeZone=${s} onDone=${a} />`}
      </section>
      <section aria-labelledby="followups">
        <h2 id="followups">${H(`followUpsByOrganization`)}</h2>
        ${n?.followUps.length?n.followUps.map(([e,t])=>I`<h3>${e.name}</h3>
                <ul class="list">
                  ${t.map(e=>I`<li>
                      <a href=${`/meetings/${e.meetingId}/minutes`}>${e.followUp.description}</a>
                      ${e.followUp.due&&I`<span class="muted"> — ${H(`due`)} ${Jt(e.followUp.due)}</span>`}
                    </li>`)}
                </ul>`):I`<p class="muted">${H(`noFollowUps`)}</p>`}
        <h2>${H(`initiatives`)}</h2>
        ${o.initiatives.length===0?I`<p class="muted">${H(`noInitiatives`)}</p>`:I`<ul class="list">
              ${o.initiatives.map(e=>I`<li>
                  <strong>${e.title}</strong> <span class="muted">${U(e.status)}</span>
                  ${e.latestReport&&I`<${ln} report=${e.latestReport} />`}
                </li>`)}
            </ul>`}
      </section>
    </div>
    <section aria-labelledby="funds">
      <h2 id="funds">${H(`funds`)}</h2>
      ${o.fundPools.map(e=>I`<${un} pool=${e} timeZone=${s} />`)}
    </section>
  </article>`}function ln({report:e}){return e?I`<ul class="lights">
    ${[[H(`activities`),e.activities],[H(`schedule`),e.schedule],[H(`resources`),e.resources]].filter(([,e])=>e).map(([e,t])=>I`<li><span class=${`light ${t.light.toLowerCase()}`} aria-hidden="true"></span>${e}: ${U(t.light)}</li>`)}
    ${e.summary&&I`<li>${e.summary}</li>`}
  </ul>`:null}function un({pool:e,timeZone:t}){let n=e.ledger.map(e=>({at:e.occurredAt,amount:Number(e.availableAfter.amount)}));return I`<section class="card">
    <h3>${e.name}</h3>
    <p><strong>${H(`balance`)}:</strong> ${Zt(e.balance.available.amount,e.currency)}</p>
    <${an} points=${n} currency=${e.currency} timeZone=${t} />
    <div class="scroll" tabindex="0" role="region" aria-label=${`${H(`ledger`)}: ${e.name}`}>
      <table>
        <caption>${H(`ledger`)}</caption>
        <thead><tr><th scope="col">${H(`date`)}</th><th scope="col">${H(`type`)}</th><th scope="col" class="num">${H(`amount`)}</th><th scope="col" class="num">${H(`availableAfter`)}</th></tr></thead>
        <tbody>
          ${e.ledger.map(n=>I`<tr>
              <td>${qt(n.occurredAt,t)}</td>
              <td>${U(n.type)}${n.note?` — ${n.note}`:``}</td>
              <td class="num">${n.amount?Zt(n.amount.amount,e.currency):``}</td>
              <td class="num">${Zt(n.availableAfter.amount,e.currency)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>
  </section>`}function dn({forums:e,timeZone:t,onDone:n}){let[r,i]=P({forumId:e[0].id,date:``,clock:`14:00`,address:``,link:``}),a=Z(),[o]=P(q()),s=e=>t=>i({...r,[e]:t.target.value});return I`<form class="card" onSubmit=${async e=>{e.preventDefault(),await a.run(async()=>{let e=await G(`mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,{input:{commandId:o,forumId:r.forumId,startsAt:Xt(r.date,r.clock,t),location:r.address?{address:r.address}:null,onlineLink:r.link||null,placeNotGiven:!r.address&&!r.link}});n(),J(`/meetings/${e.scheduleMeeting.meeting.id}/agenda`)})}}>
    <h3>${H(`scheduleMeeting`)}</h3>
    <${Q} label=${H(`forum`)} id="s-forum">
      <select id="s-forum" value=${r.forumId} onChange=${s(`forumId`)}>
        ${e.map(e=>I`<option value=${e.id}>${e.name}</option>`)}
      </select>
    <//>
    <${Q} label=${H(`date`)} id="s-date"><input id="s-date" type="date" required value=${r.date} onInput=${s(`date`)} /><//>
    <${Q} label=${H(`time`)} id="s-time"><input id="s-time" type="time" required value=${r.clock} onInput=${s(`clock`)} /><//>
    <${Q} label=${H(`place`)} id="s-place"><input id="s-place" value=${r.address} onInput=${s(`address`)} /><//>
    <${Q} label=${H(`onlineLink`)} id="s-link"><input id="s-link" type="url" value=${r.link} onInput=${s(`link`)} /><//>
    <${Y} error=${a.error} />
    <button type="submit" disabled=${a.busy}>${H(`scheduleMeeting`)}</button>
  </form>`}var fn=(e,t)=>`samraad.draft.${e}.${t}`;function pn({meetingId:e,itemId:t,section:n,text:r,revision:i,onClose:a,onSaved:o}){let s=fn(t,n),[c,l]=P(()=>localStorage.getItem(s)??r),[u,d]=P(i),[f,p]=P(null),[m,h]=P(``),g=Z(),_=`edit-${t}-${n}`;return F(()=>{localStorage.setItem(s,c);let e=window.setTimeout(()=>{G(`query($t: String!) { markdownPreview(text: $t) }`,{t:c}).then(e=>h(e.markdownPreview),()=>{})},250);return()=>window.clearTimeout(e)},[c]),F(()=>{i>u&&r!==c&&(p({text:r,revision:i,mine:f?.mine??c}),d(i))},[i]),F(()=>{let e=g.error;if(e instanceof W&&e.code===`CONFLICT`){let t=e.extensions.current;t&&typeof t.revision==`number`&&(p({text:t.text??``,revision:t.revision,mine:f?.mine??c}),d(t.revision),g.setError(null))}},[g.error]),I`<form class="editor" onSubmit=${async r=>{r.preventDefault(),await g.run(()=>K(`editAgendaItem`,{commandId:q(),meetingId:e,itemId:t,section:n,text:c,baseRevision:u}))&&(localStorage.removeItem(s),p(null),o(),a())}} aria-label=${`${H(`edit`)}: ${U(n)}`}>
    ${f&&I`<div class="conflict" role="alert">
      <h4>${H(`conflictTitle`)}</h4>
      <p>${H(`conflictLead`)}</p>
      <div class="side-by-side">
        <section aria-label=${H(`theirs`)}>
          <h5>${H(`theirs`)}</h5>
          <pre class="theirs">${f.text}</pre>
        </section>
        <section aria-label=${H(`yours`)}>
          <h5>${H(`yours`)}</h5>
          <pre class="yours">${f.mine}</pre>
        </section>
      </div>
    </div>`}
    <div class="field">
      <label for=${_}>${f?H(`merged`):U(n)}</label>
      <textarea id=${_} rows="8" value=${c} onInput=${e=>l(e.target.value)}></textarea>
    </div>
    <details open>
      <summary>${H(`preview`)}</summary>
      <${Bt} markup=${m} />
    </details>
    <${Y} error=${g.error} />
    <div class="actions">
      <button type="submit" disabled=${g.busy}>${H(f?`saveMerged`:`save`)}</button>
      <button
        type="button"
        class="secondary"
        onClick=${()=>{localStorage.removeItem(s),a()}}
      >
        ${H(`cancel`)}
      </button>
    </div>
  </form>`}var mn=[`SUMMARY`,`RECOMMENDATIONS`,`BACKGROUND`,`FINANCES`,`PREVIOUS_DECISIONS`,`COORDINATION`,`APPROVED_BY`],hn=[`DECISION`,`DISCUSSION`,`INFORMATION`,`APPROVAL`,`WRITTEN_INFORMATION`,`MUTUAL_INFORMATION`,`PRESENTATION`,`ANY_OTHER_BUSINESS`,`BREAK`];function gn({ctx:e}){let{meeting:t,runs:n}=e,r=Z(),[i,a]=P(null),o=t.agenda.items,s=t.otherItems.filter(e=>e.status===`PROPOSED`),c=(n,i)=>r.run(async()=>{await K(n,{commandId:q(),meetingId:t.id,...i}),e.refresh()}),l=e=>c(`reorderAgenda`,{itemIds:e}),u=(e,t)=>{let n=o.map(e=>e.id),[r]=n.splice(e,1);n.splice(e+t,0,r),l(n)},d=e=>{if(!i||i===e)return;let t=o.map(e=>e.id).filter(e=>e!==i);t.splice(t.indexOf(e),0,i),a(null),l(t)};return I`<section aria-labelledby="agenda-title">
    <h2 id="agenda-title">${H(`agenda`)}</h2>
    <${Y} error=${r.error} />
    ${n&&t.status===`SCHEDULED`&&I`<p><button type="button" onClick=${()=>c(`publishAgenda`,{})} disabled=${r.busy}>${H(`publish`)}</button></p>`}
    <ol class="items">
      ${o.map((t,i)=>I`<li
          class="item"
          draggable=${n}
          onDragStart=${()=>a(t.id)}
          onDragOver=${e=>n&&e.preventDefault()}
          onDrop=${()=>d(t.id)}
        >
          <${_n} item=${t} ctx=${e} />
          ${n&&I`<div class="actions">
            <button aria-label=${`${H(`moveUp`)}: ${t.title}`} type="button" class="secondary" disabled=${i===0||r.busy} onClick=${()=>u(i,-1)}>
              ${H(`moveUp`)}
            </button>
            <button aria-label=${`${H(`moveDown`)}: ${t.title}`} type="button" class="secondary" disabled=${i===o.length-1||r.busy} onClick=${()=>u(i,1)}>
              ${H(`moveDown`)}
            </button>
          </div>`}
        </li>`)}
    </ol>
    ${s.length>0&&I`<h3>${H(`proposed`)}</h3>
      <ul class="items">
        ${s.map(t=>I`<li class="item proposed">
            <${_n} item=${t} ctx=${e} />
            ${n&&I`<div class="actions">
              <button aria-label=${`${H(`accept`)}: ${t.title}`} type="button" onClick=${()=>c(`acceptAgendaItem`,{itemId:t.id})} disabled=${r.busy}>
                ${H(`accept`)}
              </button>
              <button aria-label=${`${H(`reject`)}: ${t.title}`} type="button" class="secondary" onClick=${()=>c(`rejectAgendaItem`,{itemId:t.id})} disabled=${r.busy}>
                ${H(`reject`)}
              </button>
            </div>`}
          </li>`)}
      </ul>`}
    ${e.member&&I`<${vn} ctx=${e} />`}
  </section>`}function _n({item:e,ctx:t}){let[n,r]=P(null),[i,a]=P(``),o=e.sections.map(e=>e.section),s=mn.filter(e=>!o.includes(e)),c=e.title===H(`closedItem`)||e.title===`Lukket punkt`;return I`<article class="item-card" aria-labelledby=${`item-${e.id}`}>
    <h3 id=${`item-${e.id}`}>
      ${e.number!==null&&I`<span class="number">${e.number}.</span> `}${e.title}
    </h3>
    <p class="badges">
      ${e.kind&&I`<span class="badge">${U(e.kind)}</span>`}
      ${e.visibility===`CLOSED`&&I`<span class="badge closed">${H(`closed`)}</span>`}
      ${e.status&&e.status!==`ACCEPTED`&&I`<span class="badge">${U(e.status)}</span>`}
      ${e.changedAfterPublication&&I`<span class="badge changed">${H(`changedAfterPublication`)}</span>`}
      ${e.timeSlot&&I`<span class="muted">${e.timeSlot}</span>`}
      ${e.caseReference&&I`<a class="muted" href=${`/cases/${encodeURIComponent(e.caseReference)}`}>${H(`caseId`)} ${e.caseReference}</a>`}
      ${e.presenters.length>0&&I`<span class="muted">${H(`presenters`)} ${e.presenters.join(`, `)}</span>`}
    </p>
    ${e.sections.map(i=>I`<section class="section" aria-label=${U(i.section)}>
        <h4>${U(i.section)}</h4>
        ${n===i.section?I`<${pn}
              meetingId=${t.meeting.id}
              itemId=${e.id}
              section=${i.section}
              text=${i.text}
              revision=${i.revision}
              onClose=${()=>r(null)}
              onSaved=${t.refresh}
            />`:I`<${Bt} markup=${i.html} />
              ${t.member&&!c&&I`<button aria-label=${`${H(`edit`)}: ${U(i.section)}, ${e.title}`} type="button" class="link" onClick=${()=>r(i.section)}>
                ${H(`edit`)}
              </button>`}`}
      </section>`)}
    ${n&&!o.includes(n)&&I`<${pn}
      meetingId=${t.meeting.id}
      itemId=${e.id}
      section=${n}
      text=""
      revision=${0}
      onClose=${()=>r(null)}
      onSaved=${t.refresh}
    />`}
    ${t.member&&!c&&s.length>0&&!n&&I`<div class="add-section">
      <label for=${`add-${e.id}`}>${H(`addSection`)}</label>
      <select id=${`add-${e.id}`} value=${i} onChange=${e=>a(e.target.value)}>
        <option value="">—</option>
        ${s.map(e=>I`<option value=${e}>${U(e)}</option>`)}
      </select>
      <button type="button" class="secondary" disabled=${!i} onClick=${()=>r(i)}>${H(`write`)}</button>
    </div>`}
    ${e.attachments.length>0&&I`<p class="muted">${H(`attachments`)}: ${e.attachments.map(e=>e.title).join(`; `)}</p>`}
  </article>`}function vn({ctx:e}){let[t,n]=P({title:``,kind:`DECISION`,visibility:`OPEN`,summary:``}),[r,i]=P(q()),a=Z(),o=e=>r=>n({...t,[e]:r.target.value});return I`<form class="card" onSubmit=${async o=>{if(o.preventDefault(),await a.run(()=>K(`proposeAgendaItem`,{commandId:r,meetingId:e.meeting.id,title:t.title,kind:t.kind,visibility:t.visibility,sections:t.summary?[{section:`SUMMARY`,text:t.summary}]:[]}))){let r=t;n(e=>e===r?{title:``,kind:`DECISION`,visibility:`OPEN`,summary:``}:e),i(q()),e.refresh()}}}>
    <h3>${H(`proposeItem`)}</h3>
    <${Q} label=${H(`title`)} id="p-title"><input id="p-title" required value=${t.title} onInput=${o(`title`)} /><//>
    <${Q} label=${H(`kind`)} id="p-kind">
      <select id="p-kind" value=${t.kind} onChange=${o(`kind`)}>
        ${hn.map(e=>I`<option value=${e}>${U(e)}</option>`)}
      </select>
    <//>
    <${Q} label=${H(`visibility`)} id="p-visibility">
      <select id="p-visibility" value=${t.visibility} onChange=${o(`visibility`)}>
        <option value="OPEN">${H(`open`)}</option>
        <option value="CLOSED">${H(`closed`)}</option>
      </select>
    <//>
    <${Q} label=${H(`summary`)} id="p-summary"><textarea id="p-summary" rows="4" value=${t.summary} onInput=${o(`summary`)}></textarea><//>
    <${Y} error=${a.error} />
    <button type="submit" disabled=${a.busy}>${H(`proposeItem`)}</button>
  </form>`}var yn=[`APPROVED`,`APPROVED_WITH_CHANGES`,`REJECTED`,`NOTED`,`DISCUSSED`,`POSTPONED`];function bn({ctx:e,current:t}){let{meeting:n}=e,r=Z(),i=(t,i)=>r.run(async()=>{await K(t,{commandId:q(),meetingId:n.id,...i}),e.refresh()});return I`<section class="console card" aria-labelledby="console-title">
    <h2 id="console-title">${H(`console`)}</h2>
    <${Y} error=${r.error} />
    ${n.status===`SCHEDULED`&&I`<button type="button" onClick=${()=>i(`openMeeting`,{})} disabled=${r.busy}>${H(`openMeeting`)}</button>`}
    ${n.status===`OPEN`&&I`<${xn} ctx=${e} />
      <h3>${H(`agenda`)}</h3>
      <ol class="console-items">
        ${n.agenda.items.map(e=>I`<li>
            <span>${e.title}</span>
            ${e.id!==n.currentItem?.id&&!e.decision&&I`<button aria-label=${`${H(`takeUp`)}: ${e.title}`} type="button" class="secondary" onClick=${()=>i(`takeUpItem`,{itemId:e.id})} disabled=${r.busy}>
              ${H(`takeUp`)}
            </button>`}
          </li>`)}
      </ol>
      ${t&&!t.decision&&I`<${Sn} ctx=${e} item=${t} />`}
      ${t?.decision&&I`<${wn} ctx=${e} item=${t} />`}
      <p><button type="button" class="secondary" onClick=${()=>i(`adjournMeeting`,{})} disabled=${r.busy}>${H(`adjourn`)}</button></p>`}
  </section>`}function xn({ctx:e}){let[t,n]=P(``),[r,i]=P(`PRESENT_IN_ROOM`),[a,o]=P(``),s=Z(),c=async i=>{i.preventDefault(),await s.run(()=>K(`recordAttendance`,{commandId:q(),meetingId:e.meeting.id,entries:[{name:t,status:r,...a?{guestForItemId:a}:{}}]}))&&(n(e=>e===t?``:e),o(e=>e===a?``:e),e.refresh())},l=t=>e.meeting.agenda.items.find(e=>e.id===t)?.title??``,u=[[`PRESENT_IN_ROOM`,H(`inRoom`)],[`PRESENT_ONLINE`,H(`online`)],[`ABSENT`,H(`absent`)],[`APOLOGIES`,H(`apologies`)]];return I`<form onSubmit=${c} class="inline-form">
    <h3>${H(`attendance`)}</h3>
    <ul class="list">
      ${e.meeting.attendance.map(e=>I`<li>
          ${e.name} — ${u.find(([t])=>t===e.status)?.[1]??e.status}${e.guestForItem?` (${H(`guestFor`)} ${l(e.guestForItem)})`:``}
        </li>`)}
    </ul>
    <${Q} label=${H(`name`)} id="a-name"><input id="a-name" required value=${t} onInput=${e=>n(e.target.value)} /><//>
    <${Q} label=${H(`status`)} id="a-status">
      <select id="a-status" value=${r} onChange=${e=>i(e.target.value)}>
        ${u.map(([e,t])=>I`<option value=${e}>${t}</option>`)}
      </select>
    <//>
    <${Q} label=${H(`guestFor`)} id="a-guest">
      <select id="a-guest" value=${a} onChange=${e=>o(e.target.value)}>
        <option value="">${H(`wholeMeeting`)}</option>
        ${e.meeting.agenda.items.map(e=>I`<option value=${e.id}>${e.title}</option>`)}
      </select>
    <//>
    <${Y} error=${s.error} />
    <button type="submit" disabled=${s.busy}>${H(`addAttendance`)}</button>
  </form>`}function Sn({ctx:e,item:t}){let n=t.sections.find(e=>e.section===`RECOMMENDATIONS`)?.proposals??[],[r,i]=P(``),[a,o]=P(n.map(()=>`APPROVED`)),[s,c]=P(t.kind===`DISCUSSION`?`DISCUSSED`:`NOTED`),[l]=P(q()),[u,d]=P([]),f=Z();return I`<form onSubmit=${async i=>{i.preventDefault(),await f.run(async()=>{await K(`recordDecision`,{commandId:l,meetingId:e.meeting.id,itemId:t.id,text:r,...n.length>0?{outcomes:a.map((e,t)=>({recommendation:t+1,outcome:e}))}:{outcome:s},reservations:u.filter(e=>e.organizationId&&e.text.trim()).map(t=>({organizationId:t.organizationId,organizationName:e.organizations.find(e=>e.id===t.organizationId)?.name??``,text:t.text,...t.recommendation?{recommendation:Number(t.recommendation)}:{}}))}),e.refresh()})}} class="decision-form">
    <h3>${H(`recordDecision`)}: ${t.title}</h3>
    <${Q} label=${H(`decisionText`)} id="d-text">
      <textarea id="d-text" rows="4" required value=${r} onInput=${e=>i(e.target.value)}></textarea>
    <//>
    ${n.length>0?n.map((e,t)=>I`<${Q} label=${`${H(`recommendation`)} ${t+1}: ${e}`} id=${`d-outcome-${t}`}>
            <select
              id=${`d-outcome-${t}`}
              value=${a[t]}
              onChange=${e=>o(a.map((n,r)=>r===t?e.target.value:n))}
            >
              ${yn.map(e=>I`<option value=${e}>${U(e)}</option>`)}
            </select>
          <//>`):I`<${Q} label=${H(`itemOutcome`)} id="d-outcome">
          <select id="d-outcome" value=${s} onChange=${e=>c(e.target.value)}>
            ${yn.map(e=>I`<option value=${e}>${U(e)}</option>`)}
          </select>
        <//>`}
    <fieldset class="reservations">
      <legend>${H(`reservations`)}</legend>
      ${u.map((t,r)=>I`<${Cn}
          n=${r+1}
          value=${t}
          organizations=${e.organizations}
          recommendations=${n.length}
          onChange=${e=>d(u.map((t,n)=>n===r?e:t))}
        />`)}
      <button
        type="button"
        class="secondary"
        onClick=${()=>d([...u,{organizationId:``,text:``,recommendation:``}])}
      >
        ${H(`addReservation`)}
      </button>
    </fieldset>
    <${Y} error=${f.error} />
    <button type="submit" disabled=${f.busy}>${H(`recordDecision`)}</button>
  </form>`}function Cn(e){let{n:t,value:n,organizations:r,recommendations:i,onChange:a}=e,o=e=>t=>a({...n,[e]:t.target.value});return I`<div class="reservation">
    <${Q} label=${`${H(`reservation`)} ${t}: ${H(`organization`)}`} id=${`r-org-${t}`}>
      <select id=${`r-org-${t}`} value=${n.organizationId} onChange=${o(`organizationId`)}>
        <option value="">—</option>
        ${r.map(e=>I`<option value=${e.id}>${e.name}</option>`)}
      </select>
    <//>
    ${i>0&&I`<${Q} label=${`${H(`reservation`)} ${t}: ${H(`recommendation`)}`} id=${`r-rec-${t}`}>
      <select id=${`r-rec-${t}`} value=${n.recommendation} onChange=${o(`recommendation`)}>
        <option value="">${H(`wholeItem`)}</option>
        ${Array.from({length:i},(e,t)=>I`<option value=${String(t+1)}>${t+1}</option>`)}
      </select>
    <//>`}
    <${Q} label=${`${H(`reservation`)} ${t}: ${H(`reservationText`)}`} id=${`r-text-${t}`}>
      <input id=${`r-text-${t}`} value=${n.text} onInput=${o(`text`)} />
    <//>
  </div>`}function wn({ctx:e,item:t}){let[n,r]=P(``),[i,a]=P(`SECRETARIAT`),[o,s]=P(q()),c=Z();return I`<form onSubmit=${async a=>{a.preventDefault(),await c.run(()=>K(`assignFollowUp`,{commandId:o,meetingId:e.meeting.id,itemId:t.id,description:n,...i===`SECRETARIAT`||i===`CHAIR`?{ownerRole:i}:{ownerOrganizationId:i}}))&&(r(e=>e===n?``:e),s(q()),e.refresh())}} class="inline-form">
    <h3>${H(`followUp`)}: ${t.title}</h3>
    <${Q} label=${H(`followUp`)} id="f-text">
      <input id="f-text" required value=${n} onInput=${e=>r(e.target.value)} />
    <//>
    <${Q} label=${H(`owner`)} id="f-owner">
      <select id="f-owner" value=${i} onChange=${e=>a(e.target.value)}>
        <option value="SECRETARIAT">${H(`secretariat`)}</option>
        <option value="CHAIR">${H(`chair`)}</option>
        ${e.organizations.map(e=>I`<option value=${e.id}>${e.name}</option>`)}
      </select>
    <//>
    <${Y} error=${c.error} />
    <button type="submit" disabled=${c.busy}>${H(`assign`)}</button>
  </form>`}function Tn({ctx:e,news:t}){let{meeting:n,timeZone:r}=e,i=n.agenda.items.find(e=>e.id===n.currentItem?.id)??null,a=n.agenda.items.filter(e=>e.decision);return I`<div class="live">
    <section class="now" aria-labelledby="now-title" aria-live="polite">
      <h2 id="now-title">${H(`nowDiscussing`)}</h2>
      ${n.currentItem?I`<p class="now-item">
            ${n.currentItem.number!==null&&I`<span class="number">${n.currentItem.number}.</span> `}
            ${n.currentItem.title}
          </p>`:I`<p class="muted">${H(`nothingYet`)}</p>`}
    </section>
    ${t.length>0&&I`<section aria-labelledby="news-title">
      <h2 id="news-title" class="sr-only">${H(`decisions`)}</h2>
      <ul class="news" aria-live="polite">
        ${t.map(e=>I`<li data-position=${e.position}>${Yt(e.at,r)} — ${e.title}</li>`)}
      </ul>
    </section>`}
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">${H(`decisions`)}</h2>
      ${a.length===0?I`<p class="muted">${H(`noDecisions`)}</p>`:I`<ul class="decisions">
            ${a.map(t=>I`<li class="decision" data-item=${t.id}>
                <${En} item=${t} followUps=${n.followUps.filter(e=>e.itemId===t.id)} ctx=${e} />
              </li>`)}
          </ul>`}
    </section>
    ${e.runs&&I`<${bn} ctx=${e} current=${i} />`}
  </div>`}function En({item:e,followUps:t,ctx:n}){let r=e.decision;if(!r)return null;let i=e=>e.owner.personName??(e.owner.role===`SECRETARIAT`?H(`secretariat`):e.owner.role===`CHAIR`?H(`chair`):e.owner.organizationIds.map(e=>n.organizations.find(t=>t.id===e)?.name??e).join(`, `));return I`<article>
    <h3>${e.number!==null&&I`${e.number}. `}${e.title}</h3>
    <${Bt} markup=${r.html} />
    ${r.outcome&&I`<p><strong>${H(`itemOutcome`)}:</strong> ${U(r.outcome)}</p>`}
    ${r.outcomes.length>0&&I`<ul class="outcomes">
      ${r.outcomes.map(e=>I`<li>${H(`recommendation`)} ${e.recommendation}: ${U(e.outcome)}${e.note?` — ${e.note}`:``}</li>`)}
    </ul>`}
    ${r.reservations.length>0&&I`<p><strong>${H(`reservations`)}:</strong> ${r.reservations.map(e=>`${e.organizationName}: ${e.text}`).join(`; `)}</p>`}
    ${t.length>0&&I`<h4>${H(`itemFollowUps`)}</h4>
      <ul class="follow-ups">
        ${t.map(e=>I`<li>${e.description} — ${i(e)}${e.due?` (${H(`due`)} ${Jt(e.due)})`:``}</li>`)}
      </ul>`}
  </article>`}function Dn({ctx:e}){let{meeting:t,timeZone:n}=e,r=zt(()=>G(`query($id: ID!) { meeting(id: $id) { minutes(format: HTML) } }`,{id:t.id}),[t.id,t.position]),i=Z();return I`<div class="minutes-page">
    <div class="actions no-print">
      <button type="button" class="secondary" onClick=${()=>window.print()}>${H(`print`)}</button>
      ${e.runs&&t.status===`ADJOURNED`&&!t.minutesApprovedAt&&I`<button type="button" onClick=${()=>i.run(async()=>{await K(`approveMinutes`,{commandId:q(),meetingId:t.id}),e.refresh()})} disabled=${i.busy}>${H(`approveMinutes`)}</button>`}
    </div>
    ${t.minutesApprovedAt&&I`<p class="notice">${H(`approvedAt`)}: ${Kt(t.minutesApprovedAt,n)}</p>`}
    <${Y} error=${i.error} />
    ${r.loading&&I`<${X} />`}
    <${Y} error=${r.error} />
    ${r.data?.meeting&&(r.data.meeting.minutes?I`<${Bt} class="prose minutes" markup=${r.data.meeting.minutes} />`:I`<p class="muted">${H(`minutesNotYet`)}</p>`)}
    ${e.member&&I`<section class="no-print" aria-labelledby="history-title">
      <h2 id="history-title">${H(`history`)}</h2>
      ${t.agenda.items.map(t=>I`<${On} id=${t.id} title=${t.title} timeZone=${n} names=${e.names} />`)}
    </section>`}
  </div>`}function On({id:e,title:t,timeZone:n,names:r}){let[i,a]=P(!1);return I`<details onToggle=${e=>a(e.target.open)}>
    <summary>${t}</summary>
    ${i&&I`<${kn} id=${e} timeZone=${n} names=${r} />`}
  </details>`}function kn({id:e,timeZone:t,names:n}){let{data:r,error:i,loading:a}=zt(()=>G(`query($id: ID!) { history(entityId: $id) { position type occurredAt recordedAt actor { personId organizationName } } }`,{id:e}),[e]);return a?I`<${X} />`:i?I`<${Y} error=${i} />`:I`<table>
    <thead><tr><th scope="col">${H(`when`)}</th><th scope="col">${H(`what`)}</th><th scope="col">${H(`who`)}</th></tr></thead>
    <tbody>
      ${r?.history.map(e=>I`<tr>
          <td>${Kt(e.occurredAt,t)}</td>
          <td>${U(e.type)}</td>
          <td>${n[e.actor.personId]??H(`unknownPerson`)}${e.actor.organizationName?`, ${e.actor.organizationName}`:``}</td>
        </tr>`)}
    </tbody>
  </table>`}var An=`query($id: ID!) { meeting(id: $id) { ${tn} } } ${nn}`,jn=`query($p: ID!, $f: ID!) {
  partnership(id: $p) { timeZone organizations { id name } }
  forum(id: $f) { name members(includeEnded: true) { personId personName role validUntil } } }`,Mn=`subscription($id: ID!, $after: String) {
  meetingEvents(meetingId: $id, after: $after) {
    position type occurredAt actor { organizationName }
    item { id title }
    meeting { ${tn} } } } ${nn}`;function Nn({id:e,view:t}){let[n,r]=P(null),[i,a]=P(null),[o,s]=P(null),[c,l]=P(!1),[u,d]=P(`connecting`),[f,p]=P([]),m=Ee(new Set),h=async()=>{try{let t=await G(An,{id:e});return t.meeting?(r(t.meeting),t.meeting):(l(!0),null)}catch(e){return s(e),null}};F(()=>{let t=null,n,i=!1;return(async()=>{let o=await h();if(!o||i)return;let s=We(),c={timeZone:`Europe/Copenhagen`,forumName:``,runs:!1,member:!1,organizations:[],names:{}};if(o.partnershipId&&o.forumId)try{let e=await G(jn,{p:o.partnershipId,f:o.forumId}),t=new Date().toISOString().slice(0,10),n=e.forum?.members??[],r=n.find(e=>e.personId===s?.sub&&(!e.validUntil||e.validUntil>=t));c={timeZone:e.partnership?.timeZone??c.timeZone,forumName:e.forum?.name??``,runs:!!(r&&rn.includes(r.role)),member:!!r||!!e.partnership?.organizations.some(e=>e.id===s?.org),organizations:e.partnership?.organizations??[],names:Object.fromEntries(n.map(e=>[e.personId,e.personName]))}}catch{}if(i)return;a(c);let l=()=>{d(`polling`),n=window.setInterval(()=>void h(),3e3)};s?t=new xt(Mn,{id:e},o.position,{event:e=>{m.current.has(e.position)||(m.current.add(e.position),r(e.meeting),(e.type===`DecisionRecorded`||e.type===`DecisionCorrected`)&&p(t=>[{position:e.position,title:e.item?.title??``,at:e.occurredAt,corrected:e.type===`DecisionCorrected`},...t]))},connection:d,refused:l}):l()})(),()=>{i=!0,t?.stop(),n!==void 0&&window.clearInterval(n)}},[e]);let g=o instanceof W&&(o.code===`NOT_FOUND`||o.code===`INVALID_INPUT`);if(c||g&&!n)return I`<h1>${H(`notFound`)}</h1><p><a href="/">${H(`back`)}</a></p>`;if(o&&!n)return I`<h1>${H(`meetingFailed`)}</h1><${Y} error=${o} />`;if(!n||!i)return I`<${X} />`;let _=()=>{u!==`live`&&h()},v={...i,meeting:n,refresh:_},y=(n,r)=>I`<a href=${`/meetings/${e}/${n}`} aria-current=${t===n?`page`:void 0}>${r}</a>`,b=n.location?[n.location.room,n.location.address].filter(Boolean).join(`, `):n.placeNotGiven?``:U(n.mode);return I`<article class="meeting">
    <header class="meeting-head">
      <h1>${n.title||i.forumName||H(`meeting`)}</h1>
      <p>
        ${Kt(n.startsAt,i.timeZone)}${b&&I` · ${b}`}${` · `}<strong>${U(n.status)}</strong>
        ${n.publishedEdition>0?I` · ${H(`published`)}`:I` · ${H(`draft`)}`}
      </p>
      <p class=${`connection ${u}`} role="status" aria-live="polite">
        <span class="dot" aria-hidden="true"></span>${H(`connection`)}: ${Pn(u)}
      </p>
      <nav class="tabs" aria-label=${H(`meeting`)}>
        ${y(`agenda`,H(`agenda`))} ${y(`live`,H(`live`))} ${y(`minutes`,H(`minutes`))}
      </nav>
    </header>
    ${t===`agenda`&&I`<${gn} ctx=${v} />`}
    ${t===`live`&&I`<${Tn} ctx=${v} news=${f} />`}
    ${t===`minutes`&&I`<${Dn} ctx=${v} />`}
  </article>`}function Pn(e){switch(e){case`live`:return H(`connLive`);case`reconnecting`:return H(`connReconnecting`);case`polling`:return H(`connPolling`);default:return H(`connConnecting`)}}Ve(),document.documentElement.lang=V();var $=Pt(0);vt(()=>{Lt.get().page!==`signin`&&(Xe(location.pathname),$.set($.get()+1),J(`/signin`))});function Fn(){let e=We();return I`<header class="top">
    <a class="skip" href="#main">${H(`skip`)}</a>
    <a class="brand" href="/">${H(`app`)}</a>
    <nav aria-label="Konto">
      <button
        type="button"
        class="link"
        lang=${V()===`da`?`en`:`da`}
        onClick=${()=>{ft(V()===`da`?`en`:`da`),$.set($.get()+1)}}
      >
        ${H(`language`)}
      </button>
      ${e?I`<button
            type="button"
            class="link"
            onClick=${()=>{Ke(),$.set($.get()+1),J(`/signin`),Nt()}}
          >
            ${H(`signOut`)}
          </button>`:I`<a href="/signin">${H(`signIn`)}</a>`}
    </nav>
  </header>`}function In(){let e=Ft(Lt);switch(F(()=>{e.page===`home`&&!We()&&J(`/signin`)},[e]),e.page){case`signin`:return I`<${Rt} onDone=${()=>$.set($.get()+1)} />`;case`callback`:return I`<${Vt} onDone=${()=>$.set($.get()+1)} />`;case`home`:return I`<${en} />`;case`case`:return I`<${$t} reference=${e.reference} />`;case`partnership`:return I`<${cn} id=${e.id} />`;case`meeting`:return I`<${Nn} id=${e.id} view=${e.view} />`;default:return I`<h1>${H(`notFound`)}</h1><p><a href="/">${H(`back`)}</a></p>`}}function Ln(){return I`<div key=${Ft($)}>
    <${Fn} />
    <main id="main" tabindex="-1"><${In} /></main>
  </div>`}var Rn=document.getElementById(`app`);Rn&&(Rn.textContent=``,fe(I`<${Ln} />`,Rn));