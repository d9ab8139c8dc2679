(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var e,t,n,r,i,a,o,s,c,l,u,d,f,p,m={},h=[],g=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_=Array.isArray;function v(e,t){for(var n in t)e[n]=t[n];return e}function y(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function b(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return x(t,s,i,a,null)}function x(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function S(e){return e.children}function C(e,t){this.props=e,this.context=t}function w(e,t){if(t==null)return e.__?w(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?w(e):null}function T(e){if(e.__P&&e.__d){var n=e.__v,r=n.__e,i=[],a=[],o=v({},n);o.__v=n.__v+1,t.vnode&&t.vnode(o),re(e.__P,o,n,e.__n,e.__P.namespaceURI,32&n.__u?[r]:null,i,r??w(n),!!(32&n.__u),a),o.__v=n.__v,o.__.__k[o.__i]=o,ae(i,o,a),n.__e=n.__=null,o.__e!=r&&E(o)}}function E(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),E(e)}function D(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!O.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(O)}function O(){try{for(var e,t=1;r.length;)r.length>t&&r.sort(o),e=r.shift(),t=r.length,T(e)}finally{r.length=O.__r=0}}function ee(e,t,n,r,i,a,o,s,c,l,u){var d,f,p,g,_,v,y=r&&r.__k||h,b=t.length;for(c=k(n,t,y,c,b),d=0;d<b;d++)(p=n.__k[d])!=null&&(f=p.__i!=-1&&y[p.__i]||m,p.__i=d,v=re(e,p,f,i,a,o,s,c,l,u),g=p.__e,p.ref&&f.ref!=p.ref&&(f.ref&&ce(f.ref,null,p),u.push(p.ref,p.__c||g,p)),_==null&&g!=null&&(_=g),4&p.__u?(c=A(p,c,e),f.__e&&(f.__e=null)):typeof p.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),p.__u&=-7);return n.__e=_,c}function k(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?o=e.__k[a]=x(null,o,null,null,null):_(o)?o=e.__k[a]=x(S,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[a]=x(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[a]=o,c=a+f,o.__=e,o.__b=e.__b+1,s=null,(l=o.__i=te(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=w(s)),le(s,s));return r}function A(e,t,n){var r,i;if(typeof e.type==`function`){for(r=e.__k,i=0;r&&i<r.length;i++)r[i]&&(r[i].__=e,t=A(r[i],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=w(e)),t=n.insertBefore(e.__e,t||null));do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function te(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function ne(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||g.test(t)?n:n+`px`}function j(e,t,n,r,i){var a,o;e:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||ne(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||ne(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(u,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n[l]=r[l]:(n[l]=d,e.addEventListener(t,a?p:f,a)):e.removeEventListener(t,a?p:f,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break e}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function M(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n[c]==null)n[c]=d++;else if(n[c]<r[l])return;return r(t.event?t.event(n):n)}}}function re(e,n,r,i,a,o,s,c,l,u){var d,f,p,m,g,b,x,T,E,D,O,k,A,te,ne,j,M=n.type;if(n.constructor!==void 0)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);e:if(typeof M==`function`){f=s.length;try{if(E=n.props,D=M.prototype&&M.prototype.render,O=(d=M.contextType)&&i[d.__c],k=d?O?O.props.value:d.__:i,r.__c?T=(p=n.__c=r.__c).__=p.__E:(D?n.__c=p=new M(E,k):(n.__c=p=new C(E,k),p.constructor=M,p.render=ue),O&&O.sub(p),p.state||(p.state={}),p.__n=i,m=p.__d=!0,p.__h=[],p._sb=[]),D&&p.__s==null&&(p.__s=p.state),D&&M.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=v({},p.__s)),v(p.__s,M.getDerivedStateFromProps(E,p.__s))),g=p.props,b=p.state,p.__v=n,m)D&&M.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),D&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(D&&M.getDerivedStateFromProps==null&&E!==g&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(E,k),n.__v==r.__v||!p.__e&&p.shouldComponentUpdate!=null&&!1===p.shouldComponentUpdate(E,p.__s,k)){n.__v!=r.__v&&(p.props=E,p.state=p.__s,p.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),h.push.apply(p.__h,p._sb),p._sb=[],p.__h.length&&s.push(p),c=w(r);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(E,p.__s,k),D&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(g,b,x)})}if(p.context=k,p.props=E,p.__P=e,p.__e=!1,A=t.__r,te=0,D)p.state=p.__s,p.__d=!1,A&&A(n),d=p.render(p.props,p.state,p.context),h.push.apply(p.__h,p._sb),p._sb=[];else do p.__d=!1,A&&A(n),d=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++te<25);p.state=p.__s,p.getChildContext!=null&&(i=v(v({},i),p.getChildContext())),D&&!m&&p.getSnapshotBeforeUpdate!=null&&(x=p.getSnapshotBeforeUpdate(g,b)),ne=d!=null&&d.type===S&&d.key==null?oe(d.props.children):d,c=ee(e,_(ne)?ne:[ne],n,r,i,a,o,s,c,l,u),p.base=n.__e,n.__u&=-161,p.__h.length&&s.push(p),T&&(p.__E=p.__=null)}catch(e){if(s.length=f,n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o!=null&&(o[o.indexOf(c)]=null),n.__e=c}else if(o!=null)for(j=o.length;j--;)y(o[j])}else n.__e=r.__e;n.__k??=r.__k||[],e.then||ie(n),t.__e(e,n,r)}}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=se(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function ie(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ie))}function ae(e,n,r){for(var i=0;i<r.length;i++)ce(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function oe(e){return typeof e!=`object`||!e||e.__b>0?e:_(e)?e.map(oe):e.constructor===void 0?v({},e):null}function se(n,r,i,a,o,s,c,l,u){var d,f,p,h,g,v,b,x=i.props||m,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(d=0;d<s.length;d++)if((g=s[d])&&`setAttribute`in g==!!C&&(C?g.localName==C:g.nodeType==3)){n=g,s[d]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s=C==`textarea`&&S.defaultValue!=null?null:s&&e.call(n.childNodes),!l&&s!=null)for(x={},d=0;d<n.attributes.length;d++)x[(g=n.attributes[d]).name]=g.value;for(d in x)g=x[d],d==`dangerouslySetInnerHTML`?p=g:d==`children`||d in S||d==`value`&&`defaultValue`in S||d==`checked`&&`defaultChecked`in S||j(n,d,null,g,o);for(d in S)g=S[d],d==`children`?h=g:d==`dangerouslySetInnerHTML`?f=g:d==`value`?v=g:d==`checked`?b=g:l&&typeof g!=`function`||x[d]===g||j(n,d,g,x[d],o);if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[];else if(p&&(n.innerHTML=``),ee(r.type==`template`?n.content:n,_(h)?h:[h],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&w(i,0),l,u),s!=null)for(d=s.length;d--;)y(s[d]);l&&C!=`textarea`||(d=`value`,C==`progress`&&v==null?n.removeAttribute(`value`):v!=null&&(v!==n[d]||C==`progress`&&!v||C==`option`&&v!=x[d])&&j(n,d,v,x[d],o),d=`checked`,b!=null&&b!=n[d]&&j(n,d,b,x[d],o))}return n}function ce(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function le(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||ce(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&le(i[a],n,r||typeof e.type!=`function`);r||y(e.__e),e.__c=e.__=e.__e=void 0}function ue(e,t,n){return this.constructor(e,n)}function de(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],re(r,n=(!a&&i||r).__k=b(S,null,[n]),o||m,m,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),ae(s,n,c),n.props.children=null}e=h.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,C.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=v({},this.state);typeof e==`function`&&(e=e(v({},n),this.props)),e&&v(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),D(this))},C.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),D(this))},C.prototype.render=S,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},O.__r=0,s=Math.random().toString(8),c=`__d`+s,l=`__a`+s,u=/(PointerCapture)$|Capture$/i,d=0,f=M(!1),p=M(!0);var fe,N,pe,me,he=0,ge=[],P=t,_e=P.__b,ve=P.__r,ye=P.diffed,be=P.__c,xe=P.unmount,Se=P.__;function Ce(e,t){P.__h&&P.__h(N,e,he||t),he=0;var n=N.__H||(N.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function F(e){return he=1,we(Pe,e)}function we(e,t,n){var r=Ce(fe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Pe(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=N,!N.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=!1,o=r.__c.props!==e;if(r.__c.__H.__.some(function(e){if(e.__N){i=!0;var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a){var s=a.call(this,e,t,n);return i?s||o:s}return!i||o};N.__f=!0;var a=N.shouldComponentUpdate,o=N.componentWillUpdate;N.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},N.shouldComponentUpdate=i}return r.__N||r.__}function I(e,t){var n=Ce(fe++,3);!P.__s&&Ne(n.__H,t)&&(n.__=e,n.u=t,N.__H.__h.push(n))}function Te(e){return he=5,Ee(function(){return{current:e}},[])}function Ee(e,t){var n=Ce(fe++,7);return Ne(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function De(e,t){return he=8,Ee(function(){return e},t)}function Oe(){for(var e;e=ge.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(je),t.__h.some(Me),t.__h=[]}catch(n){t.__h=[],P.__e(n,e.__v)}}}P.__b=function(e){N=null,_e&&_e(e)},P.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Se&&Se(e,t)},P.__r=function(e){ve&&ve(e),fe=0;var t=(N=e.__c).__H;t&&(pe===N?(t.__h=[],N.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.some(je),t.__h.some(Me),t.__h=[],fe=0)),pe=N},P.diffed=function(e){ye&&ye(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(ge.push(t)!==1&&me===P.requestAnimationFrame||((me=P.requestAnimationFrame)||Ae)(Oe)),t.__H.__.some(function(e){e.u&&=(e.__H=e.u,void 0)})),pe=N=null},P.__c=function(e,t){t.some(function(e){try{e.__h.some(je),e.__h=e.__h.filter(function(e){return!e.__||Me(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],P.__e(n,e.__v)}}),be&&be(e,t)},P.unmount=function(e){xe&&xe(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(e){try{je(e)}catch(e){t=e}}),n.__H=void 0,t&&P.__e(t,n.__v))};var ke=typeof requestAnimationFrame==`function`;function Ae(e){var t,n=function(){clearTimeout(r),ke&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);ke&&(t=requestAnimationFrame(n))}function je(e){var t=N,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),N=t}function Me(e){var t=N;e.__c=e.__(),N=t}function Ne(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Pe(e,t){return typeof t==`function`?t(e):t}var Fe=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,Fe(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},Ie=new Map;function Le(e){var t=Ie.get(this);return t||(t=new Map,Ie.set(this,t)),(t=Fe(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var L=Le.bind(b),Re=`samraad.token`,ze=`samraad.expired`;function Be(){let e=new URL(location.href),t=e.searchParams.get(`token`);t!==null&&(t?(localStorage.setItem(Re,t.trim()),localStorage.removeItem(ze)):localStorage.removeItem(Re),e.searchParams.delete(`token`),history.replaceState(null,``,e.pathname+e.search+e.hash))}function Ve(e){let t=e.split(`.`)[1];if(!t)return null;try{let e=atob(t.replace(/-/g,`+`).replace(/_/g,`/`)),n=Uint8Array.from(e,e=>e.charCodeAt(0)),r=JSON.parse(new TextDecoder().decode(n));return typeof r.sub==`string`?r:null}catch{return null}}function He(){let e=localStorage.getItem(Re);if(!e)return null;let t=Ve(e);return t?.exp!==void 0&&t.exp*1e3<=Date.now()?(Ke(),null):e}function Ue(){let e=He();return e?Ve(e):null}function We(e){return Ve(e.trim())?(localStorage.setItem(Re,e.trim()),localStorage.removeItem(ze),!0):!1}function Ge(){localStorage.removeItem(Re),localStorage.removeItem(ze)}function Ke(){localStorage.removeItem(Re),localStorage.setItem(ze,`1`)}function qe(){return localStorage.getItem(ze)===`1`}var Je=`samraad.return`;function Ye(e){sessionStorage.setItem(Je,e)}function Xe(){let e=sessionStorage.getItem(Je);return sessionStorage.removeItem(Je),e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:`/`}function R(e){return e===null?`null`:Array.isArray(e)?`array`:typeof e}function z(e){return R(e)===`object`}function Ze(e){return Array.isArray(e)&&e.length>0&&e.every(e=>`message`in e)}function Qe(e,t){return e.length<124?e:t}var B=(e=>(e[e.InternalServerError=4500]=`InternalServerError`,e[e.InternalClientError=4005]=`InternalClientError`,e[e.BadRequest=4400]=`BadRequest`,e[e.BadResponse=4004]=`BadResponse`,e[e.Unauthorized=4401]=`Unauthorized`,e[e.Forbidden=4403]=`Forbidden`,e[e.SubprotocolNotAcceptable=4406]=`SubprotocolNotAcceptable`,e[e.ConnectionInitialisationTimeout=4408]=`ConnectionInitialisationTimeout`,e[e.ConnectionAcknowledgementTimeout=4504]=`ConnectionAcknowledgementTimeout`,e[e.SubscriberAlreadyExists=4409]=`SubscriberAlreadyExists`,e[e.TooManyInitialisationRequests=4429]=`TooManyInitialisationRequests`,e))(B||{}),V=(e=>(e.ConnectionInit=`connection_init`,e.ConnectionAck=`connection_ack`,e.Ping=`ping`,e.Pong=`pong`,e.Subscribe=`subscribe`,e.Next=`next`,e.Error=`error`,e.Complete=`complete`,e))(V||{});function $e(e){if(!z(e))throw Error(`Message is expected to be an object, but got ${R(e)}`);if(!e.type)throw Error(`Message is missing the 'type' property`);if(typeof e.type!=`string`)throw Error(`Message is expects the 'type' property to be a string, but got ${R(e.type)}`);switch(e.type){case`connection_init`:case`connection_ack`:case`ping`:case`pong`:if(e.payload!=null&&!z(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break;case`subscribe`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${R(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!z(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${R(e.payload)}`);if(typeof e.payload.query!=`string`)throw Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${R(e.payload.query)}`);if(e.payload.variables!=null&&!z(e.payload.variables))throw Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${R(e.payload.variables)}`);if(e.payload.operationName!=null&&R(e.payload.operationName)!==`string`)throw Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${R(e.payload.operationName)}`);if(e.payload.extensions!=null&&!z(e.payload.extensions))throw Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${R(e.payload.extensions)}`);break;case`next`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${R(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!z(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${R(e.payload)}`);break;case`error`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${R(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ze(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break;case`complete`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${R(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);break;default:throw Error(`Invalid message 'type' property "${e.type}"`)}return e}function et(e,t){return $e(typeof e==`string`?JSON.parse(e,t):e)}function tt(e,t){return $e(e),JSON.stringify(e,t)}function nt(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:a=0,keepAlive:o=0,disablePong:s,connectionAckWaitTimeout:c=0,retryAttempts:l=5,retryWait:u=async function(e){let t=2**e;await new Promise(e=>setTimeout(e,t*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:d=it,on:f,webSocketImpl:p,generateID:m=function(){return`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.replace(/[xy]/g,e=>{let t=Math.random()*16|0;return(e==`x`?t:t&3|8).toString(16)})},jsonMessageReplacer:h,jsonMessageReviver:g}=e,_;if(p){if(!ot(p))throw Error(`Invalid WebSocket implementation provided`);_=p}else typeof WebSocket<`u`?_=WebSocket:typeof global<`u`?_=global.WebSocket||global.MozWebSocket:typeof window<`u`&&(_=window.WebSocket||window.MozWebSocket);if(!_)throw Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let v=_,y=(()=>{let e=(()=>{let e={};return{on(t,n){return e[t]=n,()=>{delete e[t]}},emit(t){`id`in t&&e[t.id]?.(t)}}})(),t={connecting:f?.connecting?[f.connecting]:[],opened:f?.opened?[f.opened]:[],connected:f?.connected?[f.connected]:[],ping:f?.ping?[f.ping]:[],pong:f?.pong?[f.pong]:[],message:f?.message?[e.emit,f.message]:[e.emit],closed:f?.closed?[f.closed]:[],error:f?.error?[f.error]:[]};return{onMessage:e.on,on(e,n){let r=t[e];return r.push(n),()=>{let e=r.indexOf(n);e>-1&&r.splice(e,1)}},emit(e,...n){for(let r of[...t[e]])r(...n)}}})();function b(e){let t=[y.on(`error`,n=>{t.forEach(e=>e()),e(n)}),y.on(`closed`,n=>{t.forEach(e=>e()),e(n)})];return()=>t.forEach(e=>e())}let x,S=0,C,w=!1,T=0,E=!1;async function D(){clearTimeout(C);let[e,r]=await(x??=new Promise((e,r)=>(async()=>{if(w){if(await u(T),!S)return x=void 0,r({code:1e3,reason:`All Subscriptions Gone`});T++}y.emit(`connecting`,w);let i=new v(typeof t==`function`?await t():t,`graphql-transport-ws`),a,l;function d(){isFinite(o)&&o>0&&(clearTimeout(l),l=setTimeout(()=>{i.readyState===v.OPEN&&(i.send(tt({type:V.Ping})),y.emit(`ping`,!1,void 0))},o))}b(e=>{x=void 0,clearTimeout(a),clearTimeout(l),r(e),e instanceof rt&&(i.close(4499,`Terminated`),i.onerror=null,i.onclose=null)}),i.onerror=e=>y.emit(`error`,e),i.onclose=e=>y.emit(`closed`,e),i.onopen=async()=>{try{y.emit(`opened`,i);let e=typeof n==`function`?await n():n;if(i.readyState!==v.OPEN)return;i.send(tt(e?{type:V.ConnectionInit,payload:e}:{type:V.ConnectionInit},h)),isFinite(c)&&c>0&&(a=setTimeout(()=>{i.close(B.ConnectionAcknowledgementTimeout,`Connection acknowledgement timeout`)},c)),d()}catch(e){y.emit(`error`,e),i.close(B.InternalClientError,Qe(e instanceof Error?e.message:String(e),`Internal client error`))}};let f=!1;i.onmessage=({data:t})=>{try{let n=et(t,g);if(y.emit(`message`,n),n.type===`ping`||n.type===`pong`){y.emit(n.type,!0,n.payload),n.type===`pong`?d():s||(i.send(tt(n.payload?{type:V.Pong,payload:n.payload}:{type:V.Pong},h)),y.emit(`pong`,!1,n.payload));return}if(f)return;if(n.type!==V.ConnectionAck)throw Error(`First message cannot be of type ${n.type}`);clearTimeout(a),f=!0,y.emit(`connected`,i,n.payload,w),w=!1,T=0;let r=new Promise((e,t)=>b(t));r.catch(()=>{}),e([i,r])}catch(e){i.onmessage=null,y.emit(`error`,e),i.close(B.BadResponse,Qe(e instanceof Error?e.message:String(e),`Bad response`))}}})()));e.readyState===v.CLOSING&&await r;let i=()=>{},l=new Promise(e=>i=e);return[e,i,new Promise((t,n)=>{let i=b(n);e.readyState!==v.OPEN&&r.catch(n),l.then(()=>{if(i(),!S){let t=()=>e.close(1e3,`Normal Closure`);isFinite(a)&&a>0?(clearTimeout(C),C=setTimeout(()=>{!S&&e.readyState===v.OPEN&&t()},a)):t()}t()})})]}function O(e){if(it(e)&&(at(e.code)||[B.InternalServerError,B.InternalClientError,B.BadRequest,B.BadResponse,B.Unauthorized,B.SubprotocolNotAcceptable,B.SubscriberAlreadyExists,B.TooManyInitialisationRequests].includes(e.code)))throw e;if(E)return!1;if(it(e)&&e.code===1e3)return S>0;if(!l||T>=l||!d(e))throw e;return w=!0}r||(async()=>{for(S++;;)try{let[,,e]=await D();await e}catch(e){try{if(!O(e))return}catch(e){return i?.(e)}}})();function ee(e,t){let n=m(e),r=!1,i=!1,a=()=>{S--,r=!0};return(async()=>{for(S++;;)try{let[o,s,c]=await D();if(r)return c.catch(()=>{}),s();let l=y.onMessage(n,e=>{switch(e.type){case V.Next:t.next(e.payload);return;case V.Error:i=!0,r=!0,t.error(e.payload),a();return;case V.Complete:r=!0,a();return}});o.send(tt({id:n,type:V.Subscribe,payload:e},h)),a=()=>{!r&&o.readyState===v.OPEN&&o.send(tt({id:n,type:V.Complete},h)),S--,r=!0,s()},await c.finally(l);return}catch(e){if(!O(e))return}})().then(()=>{i||t.complete()}).catch(e=>{t.error(e)}),()=>{r||a()}}return{on:y.on,subscribe:ee,iterate(e){let t=[],n={done:!1,error:null,resolve:()=>{}},r=ee(e,{next(e){t.push(e),n.resolve()},error(e){n.done=!0,n.error=e,n.resolve()},complete(){n.done=!0,n.resolve()}}),i=async function*(){for(;;){for(t.length||await new Promise(e=>n.resolve=e);t.length;)yield t.shift();if(n.error)throw n.error;if(n.done)return}}();return i.throw=async e=>(n.done||(n.done=!0,n.error=e,n.resolve()),{done:!0,value:void 0}),i.return=async()=>(r(),{done:!0,value:void 0}),i},async dispose(){if(E=!0,x){let[e]=await x;e.close(1e3,`Normal Closure`)}},terminate(){x&&y.emit(`closed`,new rt)}}}var rt=class extends Error{name=`TerminatedCloseEvent`;message=`4499: Terminated`;code=4499;reason=`Terminated`;wasClean=!1};function it(e){return z(e)&&`code`in e&&`reason`in e}function at(e){return![1e3,1001,1006,1005,1012,1013,1014].includes(e)&&e>=1e3&&e<=1999}function ot(e){return typeof e==`function`&&`constructor`in e&&`CLOSED`in e&&`CLOSING`in e&&`CONNECTING`in e&&`OPEN`in e}var st={app:`Samraad`,skip:`Spring til indhold`,signIn:`Log ind`,signOut:`Log ud`,signInTitle:`Log ind i Samraad`,signInLead:`Indsæt det token, du har fået udleveret. På en udviklingsmaskine skrives det ud af kommandoen i README (samraad demo eller samraad token).`,token:`Token`,expired:`Dit login er udløbet. Log ind igen – dine kladder er gemt i browseren.`,tokenInvalid:`Det er ikke et gyldigt token.`,signInProviderLead:`Du logger ind hos din organisations login-tjeneste og sendes derefter tilbage hertil.`,signInWithProvider:`Log ind`,signInFailed:`Login mislykkedes`,signInFailedLead:`Login-tjenesten sendte dig tilbage uden et gyldigt login. Prøv igen; sker det igen, så kontakt driften med teksten herunder.`,tryAgain:`Prøv igen`,continueAsPublic:`Fortsæt uden login (offentlige punkter)`,partnerships:`Partnerskaber`,noPartnerships:`Du er ikke medlem af noget partnerskab endnu.`,forums:`Fora`,calendar:`Mødekalender`,noMeetings:`Ingen møder.`,followUpsByOrganization:`Åbne opfølgninger pr. organisation`,noFollowUps:`Ingen åbne opfølgninger.`,initiatives:`Initiativer`,noInitiatives:`Ingen initiativer.`,funds:`Puljer`,balance:`Disponibelt`,ledger:`Posteringer`,balanceOverTime:`Disponibelt over tid`,date:`Dato`,type:`Type`,amount:`Beløb`,availableAfter:`Disponibelt efter`,activities:`Aktiviteter`,schedule:`Tidsplan`,resources:`Ressourcer`,scheduleMeeting:`Planlæg møde`,forum:`Forum`,time:`Tidspunkt`,place:`Mødested`,onlineLink:`Teams-link`,save:`Gem`,cancel:`Annullér`,meeting:`Møde`,agenda:`Dagsorden`,live:`Mødet`,minutes:`Referat`,status:`Status`,edit:`Redigér`,addSection:`Tilføj afsnit`,write:`Skriv`,preview:`Forhåndsvisning`,proposeItem:`Foreslå punkt`,title:`Titel`,kind:`Type`,visibility:`Synlighed`,open:`Åben`,closed:`Lukket`,summary:`Resumé`,accept:`Godkend punkt`,reject:`Afvis`,moveUp:`Flyt op`,moveDown:`Flyt ned`,publish:`Udsend dagsorden`,published:`Udsendt`,draft:`Kladde`,changedAfterPublication:`Ændret efter udsendelse`,proposed:`Foreslået`,conflictTitle:`En anden har ændret afsnittet imens`,conflictLead:`Din tekst er ikke gået tabt. Sammenlign med den nye version, flet dem i feltet herunder og gem igen.`,theirs:`Den nye version`,yours:`Din tekst`,merged:`Flettet tekst`,saveMerged:`Gem flettet tekst`,saved:`Gemt.`,nowDiscussing:`Drøftes nu`,nothingYet:`Mødet er ikke i gang.`,decisions:`Beslutninger`,noDecisions:`Ingen beslutninger endnu.`,connection:`Forbindelse`,connLive:`Live`,connConnecting:`Forbinder …`,connReconnecting:`Forbindelsen blev afbrudt – genopretter …`,connPolling:`Opdateres hvert 3. sekund`,console:`Mødeleder`,openMeeting:`Åbn mødet`,adjourn:`Afslut mødet`,takeUp:`Tag punktet op`,attendance:`Fremmøde`,name:`Navn`,addAttendance:`Registrér`,guestFor:`Gæst ved punkt`,wholeMeeting:`Hele mødet`,inRoom:`Til stede i lokalet`,online:`Deltager online`,absent:`Fraværende`,apologies:`Afbud`,recordDecision:`Registrér beslutning`,decisionText:`Beslutningstekst`,outcome:`Udfald`,itemOutcome:`Udfald for punktet`,recommendation:`Indstilling`,reservations:`Forbehold`,reservation:`Forbehold`,addReservation:`Tilføj forbehold`,organization:`Organisation`,wholeItem:`Hele punktet`,reservationText:`Tekst`,followUp:`Opfølgning`,itemFollowUps:`Opfølgninger`,due:`senest`,owner:`Ansvarlig`,secretariat:`Sekretariatet`,chair:`Formandskabet`,assign:`Tilføj opfølgning`,approveMinutes:`Godkend referatet`,approvedAt:`Referatet er godkendt`,print:`Udskriv`,minutesNotYet:`Referatet offentliggøres, når det er godkendt.`,history:`Historik`,who:`Hvem`,unknownPerson:`En person uden plads i forummet`,what:`Hvad`,when:`Hvornår`,caseFile:`Sagsforløb`,caseId:`Sags ID`,caseFileEmpty:`Ingen punkter med dette Sags ID, som du har adgang til.`,closedItem:`Lukket punkt`,notFound:`Siden findes ikke, eller du har ikke adgang til den.`,meetingFailed:`Mødet kunne ikke hentes`,loading:`Indlæser …`,language:`English`,back:`Tilbage til forsiden`,attachments:`Bilag`,presenters:`Oplæg ved`,none:`Ingen`},ct={app:`Samraad`,skip:`Skip to content`,signIn:`Sign in`,signOut:`Sign out`,signInTitle:`Sign in to Samraad`,signInLead:`Paste the token you were given. On a development machine the README's command prints one (samraad demo or samraad token).`,token:`Token`,expired:`Your sign-in has expired. Sign in again – your drafts are kept in the browser.`,tokenInvalid:`That is not a valid token.`,signInProviderLead:`You sign in with your organisation's sign-in service and are then sent back here.`,signInWithProvider:`Sign in`,signInFailed:`Sign-in failed`,signInFailedLead:`The sign-in service sent you back without a valid sign-in. Try again; if it happens again, give operations the text below.`,tryAgain:`Try again`,continueAsPublic:`Continue without signing in (public items)`,partnerships:`Partnerships`,noPartnerships:`You are not a member of any partnership yet.`,forums:`Forums`,calendar:`Meetings`,noMeetings:`No meetings.`,followUpsByOrganization:`Open follow-ups by organisation`,noFollowUps:`No open follow-ups.`,initiatives:`Initiatives`,noInitiatives:`No initiatives.`,funds:`Fund pools`,balance:`Available`,ledger:`Ledger`,balanceOverTime:`Available over time`,date:`Date`,type:`Type`,amount:`Amount`,availableAfter:`Available after`,activities:`Activities`,schedule:`Schedule`,resources:`Resources`,scheduleMeeting:`Schedule a meeting`,forum:`Forum`,time:`Time`,place:`Place`,onlineLink:`Teams link`,save:`Save`,cancel:`Cancel`,meeting:`Meeting`,agenda:`Agenda`,live:`The meeting`,minutes:`Minutes`,status:`Status`,edit:`Edit`,addSection:`Add a section`,write:`Write`,preview:`Preview`,proposeItem:`Propose an item`,title:`Title`,kind:`Kind`,visibility:`Visibility`,open:`Open`,closed:`Closed`,summary:`Summary`,accept:`Accept item`,reject:`Reject`,moveUp:`Move up`,moveDown:`Move down`,publish:`Publish agenda`,published:`Published`,draft:`Draft`,changedAfterPublication:`Changed after publication`,proposed:`Proposed`,conflictTitle:`Someone else changed this section meanwhile`,conflictLead:`Your text is not lost. Compare it with the new version, merge them below and save again.`,theirs:`The new version`,yours:`Your text`,merged:`Merged text`,saveMerged:`Save merged text`,saved:`Saved.`,nowDiscussing:`Now discussing`,nothingYet:`The meeting has not started.`,decisions:`Decisions`,noDecisions:`No decisions yet.`,connection:`Connection`,connLive:`Live`,connConnecting:`Connecting …`,connReconnecting:`Connection lost – reconnecting …`,connPolling:`Refreshed every 3 seconds`,console:`Chair's console`,openMeeting:`Open the meeting`,adjourn:`Adjourn the meeting`,takeUp:`Take up the item`,attendance:`Attendance`,name:`Name`,addAttendance:`Record`,guestFor:`Guest for item`,wholeMeeting:`The whole meeting`,inRoom:`Present in the room`,online:`Present online`,absent:`Absent`,apologies:`Apologies`,recordDecision:`Record decision`,decisionText:`Decision text`,outcome:`Outcome`,itemOutcome:`Outcome for the item`,recommendation:`Recommendation`,reservations:`Reservations`,reservation:`Reservation`,addReservation:`Add a reservation`,organization:`Organisation`,wholeItem:`The whole item`,reservationText:`Text`,followUp:`Follow-up`,itemFollowUps:`Follow-ups`,due:`by`,owner:`Owner`,secretariat:`The secretariat`,chair:`The chair`,assign:`Add follow-up`,approveMinutes:`Approve the minutes`,approvedAt:`The minutes were approved`,print:`Print`,minutesNotYet:`The minutes are published once they are approved.`,history:`History`,who:`Who`,unknownPerson:`Someone without a seat in the forum`,what:`What`,when:`When`,caseFile:`Case file`,caseId:`Case ID`,caseFileEmpty:`No items with this case ID that you may see.`,closedItem:`Closed item`,notFound:`The page does not exist, or you may not see it.`,meetingFailed:`The meeting could not be loaded`,loading:`Loading …`,language:`Dansk`,back:`Back to the front page`,attachments:`Attachments`,presenters:`Presented by`,none:`None`},lt=`samraad.lang`,ut=localStorage.getItem(lt)===`en`?`en`:`da`;function H(){return ut}function dt(e){ut=e,localStorage.setItem(lt,e),document.documentElement.lang=e}function U(e){return(H()===`en`?ct:st)[e]}var ft={da:{APPROVAL:`Godkendelse`,DECISION:`Beslutning`,DISCUSSION:`Drøftelse`,INFORMATION:`Orientering`,WRITTEN_INFORMATION:`Skriftlig orientering`,MUTUAL_INFORMATION:`Gensidig orientering`,PRESENTATION:`Oplæg`,BREAK:`Pause`,ANY_OTHER_BUSINESS:`Eventuelt`,PROPOSED:`Foreslået`,ACCEPTED:`Godkendt`,REJECTED:`Afvist`,WITHDRAWN:`Trukket tilbage`,POSTPONED:`Udsat`,SCHEDULED:`Planlagt`,OPEN:`I gang`,ADJOURNED:`Afsluttet`,CANCELLED:`Aflyst`,UNSCHEDULED:`Ikke planlagt`,APPROVED:`Godkendt`,APPROVED_WITH_CHANGES:`Godkendt med ændringer`,NOTED:`Taget til efterretning`,DISCUSSED:`Drøftet`,NOT_STATED:`Ikke angivet`,GREEN:`Grøn`,YELLOW:`Gul`,RED:`Rød`,RUNNING:`I gang`,COMPLETED:`Afsluttet`,STOPPED:`Stoppet`,UNKNOWN:`Ukendt`,SUMMARY:`Resumé`,RECOMMENDATIONS:`Indstilling`,BACKGROUND:`Sagsfremstilling`,FINANCES:`Økonomi`,PREVIOUS_DECISIONS:`Tidligere beslutninger`,COORDINATION:`Koordinering`,APPROVED_BY:`Godkendt af`,IN_PERSON:`Fysisk møde`,ONLINE:`Online`,HYBRID:`Hybridmøde`,WRITTEN:`Skriftlig behandling`,MeetingScheduled:`Mødet planlagt`,MeetingRescheduled:`Mødet flyttet`,MeetingCancelled:`Mødet aflyst`,AgendaItemProposed:`Punktet foreslået`,AgendaItemAccepted:`Punktet sat på dagsordenen`,AgendaItemRejected:`Punktet afvist`,AgendaItemWithdrawn:`Punktet trukket tilbage`,AgendaItemPostponed:`Punktet udsat`,AgendaItemEdited:`Afsnit redigeret`,AgendaItemDetailsChanged:`Punktets oplysninger ændret`,AgendaReordered:`Dagsordenen omrokeret`,AgendaPublished:`Dagsordenen udsendt`,DocumentAttached:`Bilag vedhæftet`,MeetingOpened:`Mødet åbnet`,AttendanceRecorded:`Fremmøde registreret`,ItemTakenUp:`Punktet taget op`,DecisionRecorded:`Beslutning registreret`,DecisionCorrected:`Beslutning rettet`,FollowUpAssigned:`Opfølgning tildelt`,FollowUpCompleted:`Opfølgning afsluttet`,MeetingAdjourned:`Mødet afsluttet`,MinutesApproved:`Referatet godkendt`,FundPoolCreated:`Puljen oprettet`,GrantReceived:`Bevilling modtaget`,FundsAllocated:`Midler tildelt`,FundsTransferred:`Midler overført`,FundsReturned:`Midler tilbageført`,IncomeRecorded:`Indtægt bogført`,ExpenseRecorded:`Udgift bogført`},en:{APPROVAL:`Approval`,DECISION:`Decision`,DISCUSSION:`Discussion`,INFORMATION:`Information`,WRITTEN_INFORMATION:`Written information`,MUTUAL_INFORMATION:`Mutual information`,PRESENTATION:`Presentation`,BREAK:`Break`,ANY_OTHER_BUSINESS:`Any other business`,PROPOSED:`Proposed`,ACCEPTED:`Accepted`,REJECTED:`Rejected`,WITHDRAWN:`Withdrawn`,POSTPONED:`Postponed`,SCHEDULED:`Scheduled`,OPEN:`In session`,ADJOURNED:`Adjourned`,CANCELLED:`Cancelled`,UNSCHEDULED:`Unscheduled`,APPROVED:`Approved`,APPROVED_WITH_CHANGES:`Approved with changes`,NOTED:`Noted`,DISCUSSED:`Discussed`,NOT_STATED:`Not stated`,GREEN:`Green`,YELLOW:`Yellow`,RED:`Red`,RUNNING:`Running`,COMPLETED:`Completed`,STOPPED:`Stopped`,UNKNOWN:`Unknown`,SUMMARY:`Summary`,RECOMMENDATIONS:`Recommendations`,BACKGROUND:`Background`,FINANCES:`Finances`,PREVIOUS_DECISIONS:`Previous decisions`,COORDINATION:`Coordination`,APPROVED_BY:`Approved by`,IN_PERSON:`In person`,ONLINE:`Online`,HYBRID:`Hybrid`,WRITTEN:`Written procedure`,MeetingScheduled:`Meeting scheduled`,MeetingRescheduled:`Meeting moved`,MeetingCancelled:`Meeting cancelled`,AgendaItemProposed:`Item proposed`,AgendaItemAccepted:`Item put on the agenda`,AgendaItemRejected:`Item rejected`,AgendaItemWithdrawn:`Item withdrawn`,AgendaItemPostponed:`Item postponed`,AgendaItemEdited:`Section edited`,AgendaItemDetailsChanged:`Item details changed`,AgendaReordered:`Agenda reordered`,AgendaPublished:`Agenda published`,DocumentAttached:`Attachment added`,MeetingOpened:`Meeting opened`,AttendanceRecorded:`Attendance recorded`,ItemTakenUp:`Item taken up`,DecisionRecorded:`Decision recorded`,DecisionCorrected:`Decision corrected`,FollowUpAssigned:`Follow-up assigned`,FollowUpCompleted:`Follow-up completed`,MeetingAdjourned:`Meeting adjourned`,MinutesApproved:`Minutes approved`,FundPoolCreated:`Pool created`,GrantReceived:`Grant received`,FundsAllocated:`Funds allocated`,FundsTransferred:`Funds transferred`,FundsReturned:`Funds returned`,IncomeRecorded:`Income recorded`,ExpenseRecorded:`Expense recorded`}};function W(e){return e?ft[H()][e]??e:``}var G=class extends Error{code;detail;extensions;constructor(e,t,n={}){super(t),this.code=e,this.detail=t,this.extensions=n}},pt={UNAUTHENTICATED:`Du er ikke logget ind, eller dit login er udløbet. Log ind igen.`,FORBIDDEN:`Det har du ikke ret til. Kun forummets sekretariat og formandskab kan det, eller også hører du ikke til partnerskabet.`,NOT_FOUND:`Det findes ikke (længere), eller du har ikke adgang til det.`,CONFLICT:`En anden har ændret det samme imens. Hent den nye version og prøv igen – intet er gemt endnu.`,INVALID_INPUT:`Noget i formularen er ikke gyldigt. Ret det markerede og prøv igen.`,RULE_VIOLATION:`Det tillader mødets regler ikke lige nu.`,RATE_LIMITED:`For mange forespørgsler på kort tid. Vent et øjeblik og prøv igen.`,UNAVAILABLE:`Samraad kan ikke nå sin database lige nu. Prøv igen om lidt – intet er gået tabt.`,STORAGE_FULL:`Serverens lager er fuldt, så intet blev gemt. Kontakt driften.`,INTERNAL:`Der skete en fejl på serveren. Prøv igen; sker det igen, så giv driften referencen.`,NETWORK:`Ingen forbindelse til Samraad. Tjek netværket og prøv igen – formularen er bevaret.`},mt={UNAUTHENTICATED:`You are not signed in, or your sign-in has expired. Sign in again.`,FORBIDDEN:`You may not do that: only the forum's secretariat and chair can, or you are not part of the partnership.`,NOT_FOUND:`It does not exist (any more), or you may not see it.`,CONFLICT:`Someone else changed the same thing meanwhile. Load the new version and try again – nothing was saved yet.`,INVALID_INPUT:`Something in the form is not valid. Correct it and try again.`,RULE_VIOLATION:`The meeting's rules do not allow that right now.`,RATE_LIMITED:`Too many requests in a short time. Wait a moment and try again.`,UNAVAILABLE:`Samraad cannot reach its database right now. Try again shortly – nothing was lost.`,STORAGE_FULL:`The server's storage is full, so nothing was saved. Contact operations.`,INTERNAL:`The server failed. Try again; if it happens again, give operations the reference.`,NETWORK:`No connection to Samraad. Check the network and try again – the form is kept.`};function ht(e){let t=H()===`en`?mt:pt;return e instanceof G?{text:t[e.code]??t.INTERNAL,detail:e.detail}:{text:t.INTERNAL,detail:String(e)}}var gt=()=>{};function _t(e){gt=e}function vt(e){let t=e[0];return new G(String(t?.extensions?.code??`INTERNAL`),t?.message??``,t?.extensions??{})}async function K(e,t={}){let n={"content-type":`application/json`},r=He();if(!r&&qe())throw gt(),new G(`UNAUTHENTICATED`,``);r&&(n.authorization=`Bearer ${r}`);let i;try{i=await fetch(`/graphql`,{method:`POST`,headers:n,body:JSON.stringify({query:e,variables:t})})}catch(e){throw new G(`NETWORK`,String(e))}let a;try{a=await i.json()}catch{throw new G(i.status===429?`RATE_LIMITED`:`INTERNAL`,`HTTP ${i.status}`)}if(a.errors?.length){let e=vt(a.errors);throw e.code===`UNAUTHENTICATED`&&r&&(Ke(),gt()),e}return a.data}function q(){return crypto.randomUUID()}function yt(e){e&&Promise.resolve(e.dispose()).catch(()=>{})}var bt=class{query;variables;on;client=null;last;stopped=!1;retry=0;timer;constructor(e,t,n,r){this.query=e,this.variables=t,this.on=r,this.last=n,this.connect()}connect(){if(this.stopped)return;this.on.connection(this.retry===0?`connecting`:`reconnecting`);let e=`${location.protocol===`https:`?`wss`:`ws`}://${location.host}/graphql/ws`,t=He(),n=nt({url:e,lazy:!1,retryAttempts:0,onNonLazyError:()=>{},connectionParams:t?{authorization:`Bearer ${t}`}:{},on:{connected:()=>{this.client===n&&(this.retry=0,this.on.connection(`live`))},closed:e=>{if(this.client!==n)return;let t=e?.code;t===4401||t===4403?(Ke(),gt(),this.stop()):this.reconnect()}}});this.client=n,n.subscribe({query:this.query,variables:{...this.variables,after:this.last}},{next:e=>{if(this.client!==n)return;if(e.errors?.length){let t=vt(e.errors);if(t.code===`FORBIDDEN`||t.code===`NOT_FOUND`||t.code===`UNAUTHENTICATED`){this.stop(),this.on.refused();return}let n=t.extensions.resumeAfter;typeof n==`string`&&(this.last=n),this.reconnect();return}let t=e.data&&Object.values(e.data)[0];t&&(this.last=t.position,this.on.event(t))},error:()=>this.client===n&&this.reconnect(),complete:()=>this.client===n&&this.reconnect()})}reconnect(){if(this.stopped||this.timer!==void 0)return;this.on.connection(`reconnecting`),yt(this.client),this.client=null;let e=Math.min(200*2**this.retry,2e3);this.retry+=1,this.timer=window.setTimeout(()=>{this.timer=void 0,this.connect()},e)}stop(){this.stopped=!0,this.timer!==void 0&&window.clearTimeout(this.timer),yt(this.client),this.client=null}},xt=`samraad.oidc.pending`,St=`samraad.oidc.idToken`,Ct=null;function wt(){return Ct??=fetch(`/auth/config`).then(e=>e.ok?e.json():{mode:`development`}).catch(()=>({mode:`development`})),Ct}function Tt(e){let t=``;for(let n of e)t+=String.fromCharCode(n);return btoa(t).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function Et(){return Tt(crypto.getRandomValues(new Uint8Array(32)))}var Dt=()=>`${location.origin}/auth/callback`;async function Ot(e,t){if(!e.authorizationEndpoint||!e.clientId)return;let n=Et(),r=Tt(new Uint8Array(await crypto.subtle.digest(`SHA-256`,new TextEncoder().encode(n)))),i=Et(),a=Et();sessionStorage.setItem(xt,JSON.stringify({verifier:n,state:i,nonce:a,returnTo:t}));let o=new URL(e.authorizationEndpoint);o.search=new URLSearchParams({response_type:`code`,client_id:e.clientId,redirect_uri:Dt(),scope:e.scope??`openid`,state:i,nonce:a,code_challenge:r,code_challenge_method:`S256`}).toString(),location.assign(o.toString())}var kt=class extends Error{};function At(e){try{let t=e.split(`.`)[1].replace(/-/g,`+`).replace(/_/g,`/`);return JSON.parse(atob(t.padEnd(Math.ceil(t.length/4)*4,`=`)))}catch{return null}}async function jt(e){let t=JSON.parse(sessionStorage.getItem(xt)??`null`);sessionStorage.removeItem(xt);let n=e.get(`error`);if(n)throw new kt(`${n} ${e.get(`error_description`)??``}`.trim());if(!t||e.get(`state`)!==t.state)throw new kt(`state`);let r=await fetch(`/auth/token`,{method:`POST`,headers:{"content-type":`application/json`},body:JSON.stringify({code:e.get(`code`)??``,codeVerifier:t.verifier,redirectUri:Dt()})}),i=await r.json().catch(()=>null);if(!r.ok||!i?.accessToken)throw new kt(i?.errors?.[0]?.message??`HTTP ${r.status}`);if(i.idToken&&At(i.idToken)?.nonce!==t.nonce)throw new kt(`nonce`);if(!We(i.accessToken))throw new kt(`token`);return i.idToken&&sessionStorage.setItem(St,i.idToken),t.returnTo}async function Mt(){let e=await wt(),t=sessionStorage.getItem(St);if(sessionStorage.removeItem(St),e.mode!==`oidc`||!e.endSessionEndpoint)return;let n=new URL(e.endSessionEndpoint);n.search=new URLSearchParams({client_id:e.clientId??``,post_logout_redirect_uri:`${location.origin}/signin`,...t?{id_token_hint:t}:{}}).toString(),location.assign(n.toString())}function Nt(e){let t=e,n=new Set;return{get:()=>t,set(e){t=e,n.forEach(t=>t(e))},subscribe(e){return n.add(e),()=>n.delete(e)}}}function Pt(e){let[t,n]=F(e.get());return I(()=>e.subscribe(n),[e]),t}function Ft(e){let t=e.split(`/`).filter(Boolean);if(t.length===0)return{page:`home`};if(t[0]===`signin`&&t.length===1)return{page:`signin`};if(t[0]===`auth`&&t[1]===`callback`&&t.length===2)return{page:`callback`};if(t[0]===`partnerships`&&t.length===2)return{page:`partnership`,id:t[1]};if(t[0]===`cases`&&t.length===2)return{page:`case`,reference:decodeURIComponent(t[1])};if(t[0]===`meetings`&&(t.length===2||t.length===3)){let e=t[2]??`live`;if(e===`agenda`||e===`live`||e===`minutes`)return{page:`meeting`,id:t[1],view:e}}return{page:`notfound`}}var It=Nt(Ft(location.pathname));function J(e){history.pushState(null,``,e),It.set(Ft(location.pathname)),window.scrollTo(0,0)}window.addEventListener(`popstate`,()=>It.set(Ft(location.pathname))),document.addEventListener(`click`,e=>{let t=e.target?.closest?.(`a`);if(!t||e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey)return;let n=t.getAttribute(`href`);n&&n.startsWith(`/`)&&!t.target&&!t.hasAttribute(`download`)&&(e.preventDefault(),J(n))});function Lt({onDone:e}){let[t,n]=F(``),[r,i]=F(!1),[a,o]=F(null);return I(()=>{wt().then(o)},[]),a?a.mode===`oidc`?L`<section class="narrow">
      <h1>${U(`signInTitle`)}</h1>
      ${qe()&&L`<p class="notice" role="status">${U(`expired`)}</p>`}
      <p>${U(`signInProviderLead`)}</p>
      <p>
        <button type="button" onClick=${()=>void Ot(a,Xe())}>
          ${U(`signInWithProvider`)} (${a.issuer?new URL(a.issuer).host:``})
        </button>
      </p>
    </section>`:L`<section class="narrow">
    <h1>${U(`signInTitle`)}</h1>
    ${qe()&&L`<p class="notice" role="status">${U(`expired`)}</p>`}
    <p>${U(`signInLead`)}</p>
    <form onSubmit=${n=>{n.preventDefault(),We(t)?(e(),J(Xe())):i(!0)}}>
      <div class="field">
        <label for="token">${U(`token`)}</label>
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
        ${r&&L`<p id="token-error" class="error-text">${U(`tokenInvalid`)}</p>`}
      </div>
      <button type="submit">${U(`signIn`)}</button>
    </form>
  </section>`:L`<section class="narrow"><h1>${U(`signInTitle`)}</h1></section>`}function Rt(e,t){let[n,r]=F({loading:!0}),i=De(()=>{e().then(e=>r({data:e,loading:!1}),e=>r({error:e,loading:!1}))},t);return I(i,[i]),{...n,reload:i,set:e=>r({data:e,loading:!1})}}function Y({error:e}){if(!e)return null;let{text:t,detail:n}=ht(e);return L`<div class="error" role="alert">
    <p>${t}</p>
    ${n&&L`<p class="detail">${n}</p>`}
  </div>`}function X(){return L`<p class="muted" role="status">${U(`loading`)}</p>`}function Z(){let[e,t]=F(null),[n,r]=F(!1);return{error:e,busy:n,run:async e=>{r(!0),t(null);try{return await e(),!0}catch(e){return t(e),!1}finally{r(!1)}},setError:t}}function Q({label:e,id:t,children:n}){return L`<div class="field"><label for=${t}>${e}</label>${n}</div>`}function zt({markup:e,class:t}){return L`<div class=${t??`prose`} dangerouslySetInnerHTML=${{__html:e}}></div>`}function Bt({onDone:e}){let[t,n]=F(null);return I(()=>{jt(new URLSearchParams(location.search)).then(t=>{e(),J(t)},e=>n(e instanceof Error?e.message:String(e)))},[]),t?L`<section class="narrow">
    <h1>${U(`signInFailed`)}</h1>
    <div class="error" role="alert"><p>${U(`signInFailedLead`)}</p><p class="detail">${t}</p></div>
    <p><a href="/signin">${U(`tryAgain`)}</a></p>
  </section>`:L`<${X} />`}function Vt(){return H()===`en`?`en-GB`:`da-DK`}var Ht=new Map,Ut=new Map;function Wt(e,t){let n=t??Vt(),r=`${n} ${JSON.stringify(e)}`,i=Ht.get(r);return i||(i=new Intl.DateTimeFormat(n,e),Ht.set(r,i)),i}function Gt(e,t){return e?Wt({timeZone:t,weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,hour:`2-digit`,minute:`2-digit`}).format(new Date(e)):``}function Kt(e,t){return Wt({timeZone:t,day:`numeric`,month:`short`,year:`numeric`}).format(new Date(e))}function qt(e){return Kt(`${e}T12:00:00Z`,`UTC`)}function Jt(e,t){return Wt({timeZone:t,hour:`2-digit`,minute:`2-digit`}).format(new Date(e))}function Yt(e,t,n){let r=new Date(`${e}T${t}:00Z`),i=Wt({timeZone:n,hourCycle:`h23`,year:`numeric`,month:`2-digit`,day:`2-digit`,hour:`2-digit`,minute:`2-digit`},`en-US`).formatToParts(r),a=e=>Number(i.find(t=>t.type===e)?.value),o=Date.UTC(a(`year`),a(`month`)-1,a(`day`),a(`hour`),a(`minute`));return new Date(r.getTime()-(o-r.getTime())).toISOString()}function Xt(e,t=`DKK`){if(e==null)return``;let n=`${Vt()} ${t}`,r=Ut.get(n);return r||(r=new Intl.NumberFormat(Vt(),{style:`currency`,currency:t}),Ut.set(n,r)),r.format(Number(e))}async function Zt(e){let{caseFile:t}=await K(`query($r: String!) { caseFile(reference: $r) { id meetingId title kind decision { html outcome } } }`,{r:e}),n=[...new Set(t.map(e=>e.meetingId).filter(e=>!!e))];if(n.length===0)return{items:t,meetings:new Map,timeZone:`Europe/Copenhagen`};let r=await K(`query { ${n.map((e,t)=>`m${t}: meeting(id: ${JSON.stringify(e)}) { id title startsAt partnershipId }`).join(` `)} }`),i=new Map;for(let e of Object.values(r))e&&i.set(e.id,e);let a=Object.values(r).find(e=>e?.partnershipId)?.partnershipId,o=`Europe/Copenhagen`;a&&(o=(await K(`query($p: ID!) { partnership(id: $p) { timeZone } }`,{p:a})).partnership?.timeZone??o);let s=e=>e.meetingId&&i.get(e.meetingId)?.startsAt||``;return{items:[...t].sort((e,t)=>s(e).localeCompare(s(t))),meetings:i,timeZone:o}}function Qt({reference:e}){let{data:t,error:n,loading:r}=Rt(()=>Zt(e),[e]);return L`<article>
    <h1>${U(`caseFile`)} ${e}</h1>
    ${r&&L`<${X} />`}
    <${Y} error=${n} />
    ${t&&(t.items.length===0?L`<p class="muted">${U(`caseFileEmpty`)}</p>`:L`<ol class="case-file">
          ${t.items.map(e=>{let n=e.meetingId?t.meetings.get(e.meetingId):void 0;return L`<li class="card">
              <h2>${e.title}</h2>
              <p class="muted">
                ${e.kind&&W(e.kind)}
                ${n&&L` · <a href=${`/meetings/${n.id}/minutes`}>${n.title||U(`meeting`)} ${Gt(n.startsAt,t.timeZone)}</a>`}
              </p>
              ${e.decision?L`<${zt} markup=${e.decision.html} />
                    ${e.decision.outcome&&L`<p><strong>${U(`itemOutcome`)}:</strong> ${W(e.decision.outcome)}</p>`}`:L`<p class="muted">${U(`noDecisions`)}</p>`}
            </li>`})}
        </ol>`)}
  </article>`}function $t(){let{data:e,error:t,loading:n}=Rt(()=>K(`{ partnerships { id name forums { id name } } }`),[]);return L`<section>
    <h1>${U(`partnerships`)}</h1>
    ${n&&L`<${X} />`}
    <${Y} error=${t} />
    ${e&&(e.partnerships.length===0?L`<p>${U(`noPartnerships`)}</p>`:L`<ul class="cards">
          ${e.partnerships.map(e=>L`<li class="card">
              <h2><a href=${`/partnerships/${e.id}`}>${e.name}</a></h2>
              <p class="muted">${e.forums.map(e=>e.name).join(` · `)}</p>
            </li>`)}
        </ul>`)}
  </section>`}function en({points:e,currency:t,timeZone:n}){if(e.length===0)return null;let r=Math.max(...e.map(e=>e.amount),1),i=t=>8+(e.length===1?0:t*584/(e.length-1)),a=e=>152-Math.max(e,0)*144/r,o=`M ${i(0)} ${a(e[0].amount)}`;e.forEach((e,t)=>{t>0&&(o+=` H ${i(t)} V ${a(e.amount)}`)});let s=e[e.length-1],c=`${U(`balanceOverTime`)}: ${Xt(e[0].amount,t)} (${Kt(e[0].at,n)}) → ${Xt(s.amount,t)} (${Kt(s.at,n)})`;return L`<figure class="chart">
    <svg viewBox=${`0 0 600 160`} role="img" aria-label=${c} preserveAspectRatio="none">
      <path d=${o} fill="none" stroke="currentColor" stroke-width="3" vector-effect="non-scaling-stroke" />
    </svg>
    <figcaption>${c}</figcaption>
  </figure>`}var tn=`query($id: ID!) {
  partnership(id: $id) {
    id name timeZone organizations { id name }
    forums { id name members { personId role } calendar { id title startsAt status } }
    initiatives { id title status latestReport { asOf summary
      activities { light comment } schedule { light comment } resources { light comment } } }
    fundPools { id name currency balance { available { amount } }
      ledger { position type occurredAt amount { amount } availableAfter { amount } note } }
  }
}`,nn=[`CHAIR`,`CO_CHAIR`,`SECRETARIAT`];async function rn(e,t){let n=[...e.partnership?.organizations??[]].sort((e,n)=>Number(n.id===t)-Number(e.id===t));if(n.length===0)return[];let r=await K(`query { ${n.map((e,t)=>`o${t}: organizationFollowUps(organizationId: ${JSON.stringify(e.id)}) { meetingId followUp { id description due } }`).join(` `)} }`);return n.map((e,t)=>[e,r[`o${t}`]??[]]).filter(([,e])=>e.length>0)}function an({id:e}){let t=Ue(),{data:n,error:r,loading:i,reload:a}=Rt(async()=>{let n=await K(tn,{id:e});return{...n,followUps:await rn(n,t?.org)}},[e]);if(i)return L`<${X} />`;if(r)return L`<${Y} error=${r} />`;let o=n?.partnership;if(!o)return L`<h1>${U(`notFound`)}</h1>`;let s=o.timeZone,c=o.forums.filter(e=>e.members.some(e=>e.personId===t?.sub&&nn.includes(e.role)));return L`<article>
    <h1>${o.name}</h1>
    <div class="grid">
      <section aria-labelledby="forums">
        <h2 id="forums">${U(`calendar`)}</h2>
        ${o.forums.map(e=>L`<section class="card">
            <h3>${e.name}</h3>
            ${e.calendar.length===0?L`<p class="muted">${U(`noMeetings`)}</p>`:L`<ul class="list">
                  ${e.calendar.map(t=>L`<li>
                      <a href=${`/meetings/${t.id}`}>${t.title??e.name}</a>
                      <span class="muted"> — ${Gt(t.startsAt,s)} · ${W(t.status)}</span>
                    </li>`)}
                </ul>`}
          </section>`)}
        ${c.length>0&&L`<${cn} forums=${c} timeZone=${s} onDone=${a} />`}
      </section>
      <section aria-labelledby="followups">
        <h2 id="followups">${U(`followUpsByOrganization`)}</h2>
        ${n?.followUps.length?n.followUps.map(([e,t])=>L`<h3>${e.name}</h3>
                <ul class="list">
                  ${t.map(e=>L`<li>
                      <a href=${`/meetings/${e.meetingId}/minutes`}>${e.followUp.description}</a>
                      ${e.followUp.due&&L`<span class="muted"> — ${U(`due`)} ${qt(e.followUp.due)}</span>`}
                    </li>`)}
                </ul>`):L`<p class="muted">${U(`noFollowUps`)}</p>`}
        <h2>${U(`initiatives`)}</h2>
        ${o.initiatives.length===0?L`<p class="muted">${U(`noInitiatives`)}</p>`:L`<ul class="list">
              ${o.initiatives.map(e=>L`<li>
                  <strong>${e.title}</strong> <span class="muted">${W(e.status)}</span>
                  ${e.latestReport&&L`<${on} report=${e.latestReport} />`}
                </li>`)}
            </ul>`}
      </section>
    </div>
    <section aria-labelledby="funds">
      <h2 id="funds">${U(`funds`)}</h2>
      ${o.fundPools.map(e=>L`<${sn} pool=${e} timeZone=${s} />`)}
    </section>
  </article>`}function on({report:e}){return e?L`<ul class="lights">
    ${[[U(`activities`),e.activities],[U(`schedule`),e.schedule],[U(`resources`),e.resources]].filter(([,e])=>e).map(([e,t])=>L`<li><span class=${`light ${t.light.toLowerCase()}`} aria-hidden="true"></span>${e}: ${W(t.light)}</li>`)}
    ${e.summary&&L`<li>${e.summary}</li>`}
  </ul>`:null}function sn({pool:e,timeZone:t}){let n=e.ledger.map(e=>({at:e.occurredAt,amount:Number(e.availableAfter.amount)}));return L`<section class="card">
    <h3>${e.name}</h3>
    <p><strong>${U(`balance`)}:</strong> ${Xt(e.balance.available.amount,e.currency)}</p>
    <${en} points=${n} currency=${e.currency} timeZone=${t} />
    <div class="scroll" tabindex="0" role="region" aria-label=${`${U(`ledger`)}: ${e.name}`}>
      <table>
        <caption>${U(`ledger`)}</caption>
        <thead><tr><th scope="col">${U(`date`)}</th><th scope="col">${U(`type`)}</th><th scope="col" class="num">${U(`amount`)}</th><th scope="col" class="num">${U(`availableAfter`)}</th></tr></thead>
        <tbody>
          ${e.ledger.map(n=>L`<tr>
              <td>${Kt(n.occurredAt,t)}</td>
              <td>${W(n.type)}${n.note?` — ${n.note}`:``}</td>
              <td class="num">${n.amount?Xt(n.amount.amount,e.currency):``}</td>
              <td class="num">${Xt(n.availableAfter.amount,e.currency)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>
  </section>`}function cn({forums:e,timeZone:t,onDone:n}){let[r,i]=F({forumId:e[0].id,date:``,clock:`14:00`,address:``,link:``}),a=Z(),[o]=F(q()),s=e=>t=>i({...r,[e]:t.target.value});return L`<form class="card" onSubmit=${async e=>{e.preventDefault(),await a.run(async()=>{let e=await K(`mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,{input:{commandId:o,forumId:r.forumId,startsAt:Yt(r.date,r.clock,t),location:r.address?{address:r.address}:null,onlineLink:r.link||null,placeNotGiven:!r.address&&!r.link}});n(),J(`/meetings/${e.scheduleMeeting.meeting.id}/agenda`)})}}>
    <h3>${U(`scheduleMeeting`)}</h3>
    <${Q} label=${U(`forum`)} id="s-forum">
      <select id="s-forum" value=${r.forumId} onChange=${s(`forumId`)}>
        ${e.map(e=>L`<option value=${e.id}>${e.name}</option>`)}
      </select>
    <//>
    <${Q} label=${U(`date`)} id="s-date"><input id="s-date" type="date" required value=${r.date} onInput=${s(`date`)} /><//>
    <${Q} label=${U(`time`)} id="s-time"><input id="s-time" type="time" required value=${r.clock} onInput=${s(`clock`)} /><//>
    <${Q} label=${U(`place`)} id="s-place"><input id="s-place" value=${r.address} onInput=${s(`address`)} /><//>
    <${Q} label=${U(`onlineLink`)} id="s-link"><input id="s-link" type="url" value=${r.link} onInput=${s(`link`)} /><//>
    <${Y} error=${a.error} />
    <button type="submit" disabled=${a.busy}>${U(`scheduleMeeting`)}</button>
  </form>`}var ln=`
  id partnershipId forumId title startsAt endsAt status mode placeNotGiven onlineLink
  location { room address } version position publishedEdition minutesApprovedAt
  currentItem { id number title }
  attendance { name status organizationId guestForItem }
  followUps { id itemId description due status owner { role organizationIds personName } }
  agenda { items { ...Item } }
  otherItems { ...Item }`,un=`fragment Item on AgendaItem {
  id number title kind visibility status takenUp revision changedAfterPublication
  proposedByOrganizationId presenters caseReference timeSlot
  sections { section revision text html proposals }
  attachments { id title documentNumber }
  decision { id text html outcome outcomes { recommendation outcome note }
    reservations { organizationName text recommendation } }
}`,dn=(e,t)=>`samraad.draft.${e}.${t}`,fn=`mutation($input: EditAgendaItemInput!) { editAgendaItem(input: $input) { version } }`;function pn({meetingId:e,itemId:t,section:n,text:r,revision:i,onClose:a,onSaved:o}){let s=dn(t,n),[c,l]=F(()=>localStorage.getItem(s)??r),[u,d]=F(i),[f,p]=F(null),[m,h]=F(``),g=Z(),_=`edit-${t}-${n}`;return I(()=>{localStorage.setItem(s,c);let e=window.setTimeout(()=>{K(`query($t: String!) { markdownPreview(text: $t) }`,{t:c}).then(e=>h(e.markdownPreview),()=>{})},250);return()=>window.clearTimeout(e)},[c]),I(()=>{i>u&&r!==c&&(p({text:r,revision:i,mine:f?.mine??c}),d(i))},[i]),I(()=>{let e=g.error;if(e instanceof G&&e.code===`CONFLICT`){let t=e.extensions.current;t&&typeof t.revision==`number`&&(p({text:t.text??``,revision:t.revision,mine:f?.mine??c}),d(t.revision),g.setError(null))}},[g.error]),L`<form class="editor" onSubmit=${async r=>{r.preventDefault(),await g.run(()=>K(fn,{input:{commandId:q(),meetingId:e,itemId:t,section:n,text:c,baseRevision:u}}))&&(localStorage.removeItem(s),p(null),o(),a())}} aria-label=${`${U(`edit`)}: ${W(n)}`}>
    ${f&&L`<div class="conflict" role="alert">
      <h4>${U(`conflictTitle`)}</h4>
      <p>${U(`conflictLead`)}</p>
      <div class="side-by-side">
        <section aria-label=${U(`theirs`)}>
          <h5>${U(`theirs`)}</h5>
          <pre class="theirs">${f.text}</pre>
        </section>
        <section aria-label=${U(`yours`)}>
          <h5>${U(`yours`)}</h5>
          <pre class="yours">${f.mine}</pre>
        </section>
      </div>
    </div>`}
    <div class="field">
      <label for=${_}>${f?U(`merged`):W(n)}</label>
      <textarea id=${_} rows="8" value=${c} onInput=${e=>l(e.target.value)}></textarea>
    </div>
    <details open>
      <summary>${U(`preview`)}</summary>
      <${zt} markup=${m} />
    </details>
    <${Y} error=${g.error} />
    <div class="actions">
      <button type="submit" disabled=${g.busy}>${U(f?`saveMerged`:`save`)}</button>
      <button
        type="button"
        class="secondary"
        onClick=${()=>{localStorage.removeItem(s),a()}}
      >
        ${U(`cancel`)}
      </button>
    </div>
  </form>`}var mn=[`SUMMARY`,`RECOMMENDATIONS`,`BACKGROUND`,`FINANCES`,`PREVIOUS_DECISIONS`,`COORDINATION`,`APPROVED_BY`],hn=[`DECISION`,`DISCUSSION`,`INFORMATION`,`APPROVAL`,`WRITTEN_INFORMATION`,`MUTUAL_INFORMATION`,`PRESENTATION`,`ANY_OTHER_BUSINESS`,`BREAK`];function gn({ctx:e}){let{meeting:t,runs:n}=e,r=Z(),[i,a]=F(null),o=t.agenda.items,s=t.otherItems.filter(e=>e.status===`PROPOSED`),c=(n,i)=>r.run(async()=>{await K(`mutation($input: ${n[0].toUpperCase()}${n.slice(1)}Input!) { ${n}(input: $input) { version } }`,{input:{commandId:q(),meetingId:t.id,...i}}),e.refresh()}),l=e=>c(`reorderAgenda`,{itemIds:e}),u=(e,t)=>{let n=o.map(e=>e.id),[r]=n.splice(e,1);n.splice(e+t,0,r),l(n)},d=e=>{if(!i||i===e)return;let t=o.map(e=>e.id).filter(e=>e!==i);t.splice(t.indexOf(e),0,i),a(null),l(t)};return L`<section aria-labelledby="agenda-title">
    <h2 id="agenda-title">${U(`agenda`)}</h2>
    <${Y} error=${r.error} />
    ${n&&t.status===`SCHEDULED`&&L`<p><button type="button" onClick=${()=>c(`publishAgenda`,{})} disabled=${r.busy}>${U(`publish`)}</button></p>`}
    <ol class="items">
      ${o.map((t,i)=>L`<li
          class="item"
          draggable=${n}
          onDragStart=${()=>a(t.id)}
          onDragOver=${e=>n&&e.preventDefault()}
          onDrop=${()=>d(t.id)}
        >
          <${_n} item=${t} ctx=${e} />
          ${n&&L`<div class="actions">
            <button aria-label=${`${U(`moveUp`)}: ${t.title}`} type="button" class="secondary" disabled=${i===0||r.busy} onClick=${()=>u(i,-1)}>
              ${U(`moveUp`)}
            </button>
            <button aria-label=${`${U(`moveDown`)}: ${t.title}`} type="button" class="secondary" disabled=${i===o.length-1||r.busy} onClick=${()=>u(i,1)}>
              ${U(`moveDown`)}
            </button>
          </div>`}
        </li>`)}
    </ol>
    ${s.length>0&&L`<h3>${U(`proposed`)}</h3>
      <ul class="items">
        ${s.map(t=>L`<li class="item proposed">
            <${_n} item=${t} ctx=${e} />
            ${n&&L`<div class="actions">
              <button aria-label=${`${U(`accept`)}: ${t.title}`} type="button" onClick=${()=>c(`acceptAgendaItem`,{itemId:t.id})} disabled=${r.busy}>
                ${U(`accept`)}
              </button>
              <button aria-label=${`${U(`reject`)}: ${t.title}`} type="button" class="secondary" onClick=${()=>c(`rejectAgendaItem`,{itemId:t.id})} disabled=${r.busy}>
                ${U(`reject`)}
              </button>
            </div>`}
          </li>`)}
      </ul>`}
    ${e.member&&L`<${vn} ctx=${e} />`}
  </section>`}function _n({item:e,ctx:t}){let[n,r]=F(null),[i,a]=F(``),o=e.sections.map(e=>e.section),s=mn.filter(e=>!o.includes(e)),c=e.title===U(`closedItem`)||e.title===`Lukket punkt`;return L`<article class="item-card" aria-labelledby=${`item-${e.id}`}>
    <h3 id=${`item-${e.id}`}>
      ${e.number!==null&&L`<span class="number">${e.number}.</span> `}${e.title}
    </h3>
    <p class="badges">
      ${e.kind&&L`<span class="badge">${W(e.kind)}</span>`}
      ${e.visibility===`CLOSED`&&L`<span class="badge closed">${U(`closed`)}</span>`}
      ${e.status&&e.status!==`ACCEPTED`&&L`<span class="badge">${W(e.status)}</span>`}
      ${e.changedAfterPublication&&L`<span class="badge changed">${U(`changedAfterPublication`)}</span>`}
      ${e.timeSlot&&L`<span class="muted">${e.timeSlot}</span>`}
      ${e.caseReference&&L`<a class="muted" href=${`/cases/${encodeURIComponent(e.caseReference)}`}>${U(`caseId`)} ${e.caseReference}</a>`}
      ${e.presenters.length>0&&L`<span class="muted">${U(`presenters`)} ${e.presenters.join(`, `)}</span>`}
    </p>
    ${e.sections.map(i=>L`<section class="section" aria-label=${W(i.section)}>
        <h4>${W(i.section)}</h4>
        ${n===i.section?L`<${pn}
              meetingId=${t.meeting.id}
              itemId=${e.id}
              section=${i.section}
              text=${i.text}
              revision=${i.revision}
              onClose=${()=>r(null)}
              onSaved=${t.refresh}
            />`:L`<${zt} markup=${i.html} />
              ${t.member&&!c&&L`<button aria-label=${`${U(`edit`)}: ${W(i.section)}, ${e.title}`} type="button" class="link" onClick=${()=>r(i.section)}>
                ${U(`edit`)}
              </button>`}`}
      </section>`)}
    ${n&&!o.includes(n)&&L`<${pn}
      meetingId=${t.meeting.id}
      itemId=${e.id}
      section=${n}
      text=""
      revision=${0}
      onClose=${()=>r(null)}
      onSaved=${t.refresh}
    />`}
    ${t.member&&!c&&s.length>0&&!n&&L`<div class="add-section">
      <label for=${`add-${e.id}`}>${U(`addSection`)}</label>
      <select id=${`add-${e.id}`} value=${i} onChange=${e=>a(e.target.value)}>
        <option value="">—</option>
        ${s.map(e=>L`<option value=${e}>${W(e)}</option>`)}
      </select>
      <button type="button" class="secondary" disabled=${!i} onClick=${()=>r(i)}>${U(`write`)}</button>
    </div>`}
    ${e.attachments.length>0&&L`<p class="muted">${U(`attachments`)}: ${e.attachments.map(e=>e.title).join(`; `)}</p>`}
  </article>`}function vn({ctx:e}){let[t,n]=F({title:``,kind:`DECISION`,visibility:`OPEN`,summary:``}),[r,i]=F(q()),a=Z(),o=e=>r=>n({...t,[e]:r.target.value});return L`<form class="card" onSubmit=${async o=>{if(o.preventDefault(),await a.run(()=>K(`mutation($input: ProposeAgendaItemInput!) { proposeAgendaItem(input: $input) { version } }`,{input:{commandId:r,meetingId:e.meeting.id,title:t.title,kind:t.kind,visibility:t.visibility,sections:t.summary?[{section:`SUMMARY`,text:t.summary}]:[]}}))){let r=t;n(e=>e===r?{title:``,kind:`DECISION`,visibility:`OPEN`,summary:``}:e),i(q()),e.refresh()}}}>
    <h3>${U(`proposeItem`)}</h3>
    <${Q} label=${U(`title`)} id="p-title"><input id="p-title" required value=${t.title} onInput=${o(`title`)} /><//>
    <${Q} label=${U(`kind`)} id="p-kind">
      <select id="p-kind" value=${t.kind} onChange=${o(`kind`)}>
        ${hn.map(e=>L`<option value=${e}>${W(e)}</option>`)}
      </select>
    <//>
    <${Q} label=${U(`visibility`)} id="p-visibility">
      <select id="p-visibility" value=${t.visibility} onChange=${o(`visibility`)}>
        <option value="OPEN">${U(`open`)}</option>
        <option value="CLOSED">${U(`closed`)}</option>
      </select>
    <//>
    <${Q} label=${U(`summary`)} id="p-summary"><textarea id="p-summary" rows="4" value=${t.summary} onInput=${o(`summary`)}></textarea><//>
    <${Y} error=${a.error} />
    <button type="submit" disabled=${a.busy}>${U(`proposeItem`)}</button>
  </form>`}var yn=[`APPROVED`,`APPROVED_WITH_CHANGES`,`REJECTED`,`NOTED`,`DISCUSSED`,`POSTPONED`];function bn({ctx:e,current:t}){let{meeting:n}=e,r=Z(),i=(t,i)=>r.run(async()=>{await K(`mutation($input: ${t[0].toUpperCase()}${t.slice(1)}Input!) { ${t}(input: $input) { version } }`,{input:{commandId:q(),meetingId:n.id,...i}}),e.refresh()});return L`<section class="console card" aria-labelledby="console-title">
    <h2 id="console-title">${U(`console`)}</h2>
    <${Y} error=${r.error} />
    ${n.status===`SCHEDULED`&&L`<button type="button" onClick=${()=>i(`openMeeting`,{})} disabled=${r.busy}>${U(`openMeeting`)}</button>`}
    ${n.status===`OPEN`&&L`<${xn} ctx=${e} />
      <h3>${U(`agenda`)}</h3>
      <ol class="console-items">
        ${n.agenda.items.map(e=>L`<li>
            <span>${e.title}</span>
            ${e.id!==n.currentItem?.id&&!e.decision&&L`<button aria-label=${`${U(`takeUp`)}: ${e.title}`} type="button" class="secondary" onClick=${()=>i(`takeUpItem`,{itemId:e.id})} disabled=${r.busy}>
              ${U(`takeUp`)}
            </button>`}
          </li>`)}
      </ol>
      ${t&&!t.decision&&L`<${Sn} ctx=${e} item=${t} />`}
      ${t?.decision&&L`<${wn} ctx=${e} item=${t} />`}
      <p><button type="button" class="secondary" onClick=${()=>i(`adjournMeeting`,{})} disabled=${r.busy}>${U(`adjourn`)}</button></p>`}
  </section>`}function xn({ctx:e}){let[t,n]=F(``),[r,i]=F(`PRESENT_IN_ROOM`),[a,o]=F(``),s=Z(),c=async i=>{i.preventDefault(),await s.run(()=>K(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { version } }`,{input:{commandId:q(),meetingId:e.meeting.id,entries:[{name:t,status:r,...a?{guestForItemId:a}:{}}]}}))&&(n(e=>e===t?``:e),o(e=>e===a?``:e),e.refresh())},l=t=>e.meeting.agenda.items.find(e=>e.id===t)?.title??``,u=[[`PRESENT_IN_ROOM`,U(`inRoom`)],[`PRESENT_ONLINE`,U(`online`)],[`ABSENT`,U(`absent`)],[`APOLOGIES`,U(`apologies`)]];return L`<form onSubmit=${c} class="inline-form">
    <h3>${U(`attendance`)}</h3>
    <ul class="list">
      ${e.meeting.attendance.map(e=>L`<li>
          ${e.name} — ${u.find(([t])=>t===e.status)?.[1]??e.status}${e.guestForItem?` (${U(`guestFor`)} ${l(e.guestForItem)})`:``}
        </li>`)}
    </ul>
    <${Q} label=${U(`name`)} id="a-name"><input id="a-name" required value=${t} onInput=${e=>n(e.target.value)} /><//>
    <${Q} label=${U(`status`)} id="a-status">
      <select id="a-status" value=${r} onChange=${e=>i(e.target.value)}>
        ${u.map(([e,t])=>L`<option value=${e}>${t}</option>`)}
      </select>
    <//>
    <${Q} label=${U(`guestFor`)} id="a-guest">
      <select id="a-guest" value=${a} onChange=${e=>o(e.target.value)}>
        <option value="">${U(`wholeMeeting`)}</option>
        ${e.meeting.agenda.items.map(e=>L`<option value=${e.id}>${e.title}</option>`)}
      </select>
    <//>
    <${Y} error=${s.error} />
    <button type="submit" disabled=${s.busy}>${U(`addAttendance`)}</button>
  </form>`}function Sn({ctx:e,item:t}){let n=t.sections.find(e=>e.section===`RECOMMENDATIONS`)?.proposals??[],[r,i]=F(``),[a,o]=F(n.map(()=>`APPROVED`)),[s,c]=F(t.kind===`DISCUSSION`?`DISCUSSED`:`NOTED`),[l]=F(q()),[u,d]=F([]),f=Z();return L`<form onSubmit=${async i=>{i.preventDefault(),await f.run(async()=>{await K(`mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { version } }`,{input:{commandId:l,meetingId:e.meeting.id,itemId:t.id,text:r,...n.length>0?{outcomes:a.map((e,t)=>({recommendation:t+1,outcome:e}))}:{outcome:s},reservations:u.filter(e=>e.organizationId&&e.text.trim()).map(t=>({organizationId:t.organizationId,organizationName:e.organizations.find(e=>e.id===t.organizationId)?.name??``,text:t.text,...t.recommendation?{recommendation:Number(t.recommendation)}:{}}))}}),e.refresh()})}} class="decision-form">
    <h3>${U(`recordDecision`)}: ${t.title}</h3>
    <${Q} label=${U(`decisionText`)} id="d-text">
      <textarea id="d-text" rows="4" required value=${r} onInput=${e=>i(e.target.value)}></textarea>
    <//>
    ${n.length>0?n.map((e,t)=>L`<${Q} label=${`${U(`recommendation`)} ${t+1}: ${e}`} id=${`d-outcome-${t}`}>
            <select
              id=${`d-outcome-${t}`}
              value=${a[t]}
              onChange=${e=>o(a.map((n,r)=>r===t?e.target.value:n))}
            >
              ${yn.map(e=>L`<option value=${e}>${W(e)}</option>`)}
            </select>
          <//>`):L`<${Q} label=${U(`itemOutcome`)} id="d-outcome">
          <select id="d-outcome" value=${s} onChange=${e=>c(e.target.value)}>
            ${yn.map(e=>L`<option value=${e}>${W(e)}</option>`)}
          </select>
        <//>`}
    <fieldset class="reservations">
      <legend>${U(`reservations`)}</legend>
      ${u.map((t,r)=>L`<${Cn}
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
        ${U(`addReservation`)}
      </button>
    </fieldset>
    <${Y} error=${f.error} />
    <button type="submit" disabled=${f.busy}>${U(`recordDecision`)}</button>
  </form>`}function Cn(e){let{n:t,value:n,organizations:r,recommendations:i,onChange:a}=e,o=e=>t=>a({...n,[e]:t.target.value});return L`<div class="reservation">
    <${Q} label=${`${U(`reservation`)} ${t}: ${U(`organization`)}`} id=${`r-org-${t}`}>
      <select id=${`r-org-${t}`} value=${n.organizationId} onChange=${o(`organizationId`)}>
        <option value="">—</option>
        ${r.map(e=>L`<option value=${e.id}>${e.name}</option>`)}
      </select>
    <//>
    ${i>0&&L`<${Q} label=${`${U(`reservation`)} ${t}: ${U(`recommendation`)}`} id=${`r-rec-${t}`}>
      <select id=${`r-rec-${t}`} value=${n.recommendation} onChange=${o(`recommendation`)}>
        <option value="">${U(`wholeItem`)}</option>
        ${Array.from({length:i},(e,t)=>L`<option value=${String(t+1)}>${t+1}</option>`)}
      </select>
    <//>`}
    <${Q} label=${`${U(`reservation`)} ${t}: ${U(`reservationText`)}`} id=${`r-text-${t}`}>
      <input id=${`r-text-${t}`} value=${n.text} onInput=${o(`text`)} />
    <//>
  </div>`}function wn({ctx:e,item:t}){let[n,r]=F(``),[i,a]=F(`SECRETARIAT`),[o,s]=F(q()),c=Z();return L`<form onSubmit=${async a=>{a.preventDefault(),await c.run(()=>K(`mutation($input: AssignFollowUpInput!) { assignFollowUp(input: $input) { version } }`,{input:{commandId:o,meetingId:e.meeting.id,itemId:t.id,description:n,...i===`SECRETARIAT`||i===`CHAIR`?{ownerRole:i}:{ownerOrganizationId:i}}}))&&(r(e=>e===n?``:e),s(q()),e.refresh())}} class="inline-form">
    <h3>${U(`followUp`)}: ${t.title}</h3>
    <${Q} label=${U(`followUp`)} id="f-text">
      <input id="f-text" required value=${n} onInput=${e=>r(e.target.value)} />
    <//>
    <${Q} label=${U(`owner`)} id="f-owner">
      <select id="f-owner" value=${i} onChange=${e=>a(e.target.value)}>
        <option value="SECRETARIAT">${U(`secretariat`)}</option>
        <option value="CHAIR">${U(`chair`)}</option>
        ${e.organizations.map(e=>L`<option value=${e.id}>${e.name}</option>`)}
      </select>
    <//>
    <${Y} error=${c.error} />
    <button type="submit" disabled=${c.busy}>${U(`assign`)}</button>
  </form>`}function Tn({ctx:e,news:t}){let{meeting:n,timeZone:r}=e,i=n.agenda.items.find(e=>e.id===n.currentItem?.id)??null,a=n.agenda.items.filter(e=>e.decision);return L`<div class="live">
    <section class="now" aria-labelledby="now-title" aria-live="polite">
      <h2 id="now-title">${U(`nowDiscussing`)}</h2>
      ${n.currentItem?L`<p class="now-item">
            ${n.currentItem.number!==null&&L`<span class="number">${n.currentItem.number}.</span> `}
            ${n.currentItem.title}
          </p>`:L`<p class="muted">${U(`nothingYet`)}</p>`}
    </section>
    ${t.length>0&&L`<section aria-labelledby="news-title">
      <h2 id="news-title" class="sr-only">${U(`decisions`)}</h2>
      <ul class="news" aria-live="polite">
        ${t.map(e=>L`<li data-position=${e.position}>${Jt(e.at,r)} — ${e.title}</li>`)}
      </ul>
    </section>`}
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">${U(`decisions`)}</h2>
      ${a.length===0?L`<p class="muted">${U(`noDecisions`)}</p>`:L`<ul class="decisions">
            ${a.map(t=>L`<li class="decision" data-item=${t.id}>
                <${En} item=${t} followUps=${n.followUps.filter(e=>e.itemId===t.id)} ctx=${e} />
              </li>`)}
          </ul>`}
    </section>
    ${e.runs&&L`<${bn} ctx=${e} current=${i} />`}
  </div>`}function En({item:e,followUps:t,ctx:n}){let r=e.decision;if(!r)return null;let i=e=>e.owner.personName??(e.owner.role===`SECRETARIAT`?U(`secretariat`):e.owner.role===`CHAIR`?U(`chair`):e.owner.organizationIds.map(e=>n.organizations.find(t=>t.id===e)?.name??e).join(`, `));return L`<article>
    <h3>${e.number!==null&&L`${e.number}. `}${e.title}</h3>
    <${zt} markup=${r.html} />
    ${r.outcome&&L`<p><strong>${U(`itemOutcome`)}:</strong> ${W(r.outcome)}</p>`}
    ${r.outcomes.length>0&&L`<ul class="outcomes">
      ${r.outcomes.map(e=>L`<li>${U(`recommendation`)} ${e.recommendation}: ${W(e.outcome)}${e.note?` — ${e.note}`:``}</li>`)}
    </ul>`}
    ${r.reservations.length>0&&L`<p><strong>${U(`reservations`)}:</strong> ${r.reservations.map(e=>`${e.organizationName}: ${e.text}`).join(`; `)}</p>`}
    ${t.length>0&&L`<h4>${U(`itemFollowUps`)}</h4>
      <ul class="follow-ups">
        ${t.map(e=>L`<li>${e.description} — ${i(e)}${e.due?` (${U(`due`)} ${qt(e.due)})`:``}</li>`)}
      </ul>`}
  </article>`}function Dn({ctx:e}){let{meeting:t,timeZone:n}=e,r=Rt(()=>K(`query($id: ID!) { meeting(id: $id) { minutes(format: HTML) } }`,{id:t.id}),[t.id,t.position]),i=Z();return L`<div class="minutes-page">
    <div class="actions no-print">
      <button type="button" class="secondary" onClick=${()=>window.print()}>${U(`print`)}</button>
      ${e.runs&&t.status===`ADJOURNED`&&!t.minutesApprovedAt&&L`<button type="button" onClick=${()=>i.run(async()=>{await K(`mutation($input: ApproveMinutesInput!) { approveMinutes(input: $input) { version } }`,{input:{commandId:q(),meetingId:t.id}}),e.refresh()})} disabled=${i.busy}>${U(`approveMinutes`)}</button>`}
    </div>
    ${t.minutesApprovedAt&&L`<p class="notice">${U(`approvedAt`)}: ${Gt(t.minutesApprovedAt,n)}</p>`}
    <${Y} error=${i.error} />
    ${r.loading&&L`<${X} />`}
    <${Y} error=${r.error} />
    ${r.data?.meeting&&(r.data.meeting.minutes?L`<${zt} class="prose minutes" markup=${r.data.meeting.minutes} />`:L`<p class="muted">${U(`minutesNotYet`)}</p>`)}
    ${e.member&&L`<section class="no-print" aria-labelledby="history-title">
      <h2 id="history-title">${U(`history`)}</h2>
      ${t.agenda.items.map(t=>L`<${On} id=${t.id} title=${t.title} timeZone=${n} names=${e.names} />`)}
    </section>`}
  </div>`}function On({id:e,title:t,timeZone:n,names:r}){let[i,a]=F(!1);return L`<details onToggle=${e=>a(e.target.open)}>
    <summary>${t}</summary>
    ${i&&L`<${kn} id=${e} timeZone=${n} names=${r} />`}
  </details>`}function kn({id:e,timeZone:t,names:n}){let{data:r,error:i,loading:a}=Rt(()=>K(`query($id: ID!) { history(entityId: $id) { position type occurredAt recordedAt actor { personId organizationName } } }`,{id:e}),[e]);return a?L`<${X} />`:i?L`<${Y} error=${i} />`:L`<table>
    <thead><tr><th scope="col">${U(`when`)}</th><th scope="col">${U(`what`)}</th><th scope="col">${U(`who`)}</th></tr></thead>
    <tbody>
      ${r?.history.map(e=>L`<tr>
          <td>${Gt(e.occurredAt,t)}</td>
          <td>${W(e.type)}</td>
          <td>${n[e.actor.personId]??U(`unknownPerson`)}${e.actor.organizationName?`, ${e.actor.organizationName}`:``}</td>
        </tr>`)}
    </tbody>
  </table>`}var An=`query($id: ID!) { meeting(id: $id) { ${ln} } } ${un}`,jn=`query($p: ID!, $f: ID!) {
  partnership(id: $p) { timeZone organizations { id name } }
  forum(id: $f) { name members(includeEnded: true) { personId personName role validUntil } } }`,Mn=`subscription($id: ID!, $after: String) {
  meetingEvents(meetingId: $id, after: $after) {
    position type occurredAt actor { organizationName }
    item { id title }
    meeting { ${ln} } } } ${un}`,Nn=[`CHAIR`,`CO_CHAIR`,`SECRETARIAT`];function Pn({id:e,view:t}){let[n,r]=F(null),[i,a]=F(null),[o,s]=F(null),[c,l]=F(!1),[u,d]=F(`connecting`),[f,p]=F([]),m=Te(new Set),h=async()=>{try{let t=await K(An,{id:e});return t.meeting?(r(t.meeting),t.meeting):(l(!0),null)}catch(e){return s(e),null}};I(()=>{let t=null,n,i=!1;return(async()=>{let o=await h();if(!o||i)return;let s=Ue(),c={timeZone:`Europe/Copenhagen`,forumName:``,runs:!1,member:!1,organizations:[],names:{}};if(o.partnershipId&&o.forumId)try{let e=await K(jn,{p:o.partnershipId,f:o.forumId}),t=new Date().toISOString().slice(0,10),n=e.forum?.members??[],r=n.find(e=>e.personId===s?.sub&&(!e.validUntil||e.validUntil>=t));c={timeZone:e.partnership?.timeZone??c.timeZone,forumName:e.forum?.name??``,runs:!!(r&&Nn.includes(r.role)),member:!!r||!!e.partnership?.organizations.some(e=>e.id===s?.org),organizations:e.partnership?.organizations??[],names:Object.fromEntries(n.map(e=>[e.personId,e.personName]))}}catch{}if(i)return;a(c);let l=()=>{d(`polling`),n=window.setInterval(()=>void h(),3e3)};s?t=new bt(Mn,{id:e},o.position,{event:e=>{m.current.has(e.position)||(m.current.add(e.position),r(e.meeting),(e.type===`DecisionRecorded`||e.type===`DecisionCorrected`)&&p(t=>[{position:e.position,title:e.item?.title??``,at:e.occurredAt,corrected:e.type===`DecisionCorrected`},...t]))},connection:d,refused:l}):l()})(),()=>{i=!0,t?.stop(),n!==void 0&&window.clearInterval(n)}},[e]);let g=o instanceof G&&(o.code===`NOT_FOUND`||o.code===`INVALID_INPUT`);if(c||g&&!n)return L`<h1>${U(`notFound`)}</h1><p><a href="/">${U(`back`)}</a></p>`;if(o&&!n)return L`<h1>${U(`meetingFailed`)}</h1><${Y} error=${o} />`;if(!n||!i)return L`<${X} />`;let _={...i,meeting:n,refresh:()=>void h()},v=(n,r)=>L`<a href=${`/meetings/${e}/${n}`} aria-current=${t===n?`page`:void 0}>${r}</a>`,y=n.location?[n.location.room,n.location.address].filter(Boolean).join(`, `):n.placeNotGiven?``:W(n.mode);return L`<article class="meeting">
    <header class="meeting-head">
      <h1>${n.title||i.forumName||U(`meeting`)}</h1>
      <p>
        ${Gt(n.startsAt,i.timeZone)}${y&&L` · ${y}`}${` · `}<strong>${W(n.status)}</strong>
        ${n.publishedEdition>0?L` · ${U(`published`)}`:L` · ${U(`draft`)}`}
      </p>
      <p class=${`connection ${u}`} role="status" aria-live="polite">
        <span class="dot" aria-hidden="true"></span>${U(`connection`)}: ${Fn(u)}
      </p>
      <nav class="tabs" aria-label=${U(`meeting`)}>
        ${v(`agenda`,U(`agenda`))} ${v(`live`,U(`live`))} ${v(`minutes`,U(`minutes`))}
      </nav>
    </header>
    ${t===`agenda`&&L`<${gn} ctx=${_} />`}
    ${t===`live`&&L`<${Tn} ctx=${_} news=${f} />`}
    ${t===`minutes`&&L`<${Dn} ctx=${_} />`}
  </article>`}function Fn(e){switch(e){case`live`:return U(`connLive`);case`reconnecting`:return U(`connReconnecting`);case`polling`:return U(`connPolling`);default:return U(`connConnecting`)}}Be(),document.documentElement.lang=H();var $=Nt(0);_t(()=>{It.get().page!==`signin`&&(Ye(location.pathname),$.set($.get()+1),J(`/signin`))});function In(){let e=Ue();return L`<header class="top">
    <a class="skip" href="#main">${U(`skip`)}</a>
    <a class="brand" href="/">${U(`app`)}</a>
    <nav aria-label="Konto">
      <button
        type="button"
        class="link"
        lang=${H()===`da`?`en`:`da`}
        onClick=${()=>{dt(H()===`da`?`en`:`da`),$.set($.get()+1)}}
      >
        ${U(`language`)}
      </button>
      ${e?L`<button
            type="button"
            class="link"
            onClick=${()=>{Ge(),$.set($.get()+1),J(`/signin`),Mt()}}
          >
            ${U(`signOut`)}
          </button>`:L`<a href="/signin">${U(`signIn`)}</a>`}
    </nav>
  </header>`}function Ln(){let e=Pt(It);switch(I(()=>{e.page===`home`&&!Ue()&&J(`/signin`)},[e]),e.page){case`signin`:return L`<${Lt} onDone=${()=>$.set($.get()+1)} />`;case`callback`:return L`<${Bt} onDone=${()=>$.set($.get()+1)} />`;case`home`:return L`<${$t} />`;case`case`:return L`<${Qt} reference=${e.reference} />`;case`partnership`:return L`<${an} id=${e.id} />`;case`meeting`:return L`<${Pn} id=${e.id} view=${e.view} />`;default:return L`<h1>${U(`notFound`)}</h1><p><a href="/">${U(`back`)}</a></p>`}}function Rn(){return L`<div key=${Pt($)}>
    <${In} />
    <main id="main" tabindex="-1"><${Ln} /></main>
  </div>`}var zn=document.getElementById(`app`);zn&&(zn.textContent=``,de(L`<${Rn} />`,zn));