/*
 * Runs before anything else in the task pane, in ES5 so that old webviews can run it. Volume-
 * licensed Word 2016 and 2019 (and retail Word 2016/2019 on some Windows versions) show add-ins in
 * Internet Explorer 11 ("Trident") or the old Edge ("EdgeHTML"), which cannot run the pane's
 * code; there the pane says so instead of staying blank.
 */
(function () {
  var ua = navigator.userAgent || '';
  if (!/Trident\/|MSIE |Edge\/\d/.test(ua)) return;
  window.__duizhaoLegacyWebview = true;
  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('root');
    if (!root) return;
    var engine = /Edge\/\d/.test(ua) ? '旧版 Microsoft Edge（EdgeHTML）' : 'Internet Explorer 11';
    root.innerHTML = '';
    var h = document.createElement('h1');
    h.style.fontSize = '16px';
    h.appendChild(document.createTextNode('当前 Word 版本无法运行对照检查助手'));
    var p = document.createElement('p');
    p.appendChild(
      document.createTextNode(
        '这个 Word 用 ' + engine + ' 显示加载项（批量授权的 Word 2016、Word 2019 就是这样），对照检查助手无法在其中运行。' +
          '请使用 Word 2021 及以上、Microsoft 365 版 Word（需安装 Microsoft Edge WebView2 运行时）、Word for Mac 或 Word 网页版；' +
          '也可以用命令行工具 duizhao check 检查材料。'
      )
    );
    root.appendChild(h);
    root.appendChild(p);
  });
})();
