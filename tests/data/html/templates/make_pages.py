#!/usr/bin/env python3
"""Writes the pages of this folder and their .expect files.

Each page holds the markup one comment system's or theme's template puts
out (written after the template, see doc/import.md "Comment systems read
from their templates"), around the same few comments, on a page with a
sidebar, related posts, share buttons and a comment form. The .expect
files come from the same data: depth, author, the time as the markup
shows it, the first words, and the layout the import report must name.

    python3 tests/data/html/templates/make_pages.py [SYSTEM...]
"""
import os, html
OUT = os.path.dirname(os.path.abspath(__file__))

EN = [  # (depth, author, shown time, iso, text)
 (0, 'Margaret Holt', 'March 3, 2024 at 10:15 am', '2024-03-03T10:15:00+00:00',
  ['The photos of the lock gates are wonderful. Which year were they taken?']),
 (1, 'Ellen Park', 'March 3, 2024 at 11:02 am', '2024-03-03T11:02:00+00:00',
  ['Thank you, Margaret! Most of them in the spring of 1987.', 'The rest a year later.']),
 (2, 'Margaret Holt', 'March 4, 2024 at 8:40 am', '2024-03-04T08:40:00+00:00',
  ['Then my father may be on one of them; he worked at the second lock.']),
 (0, 'Tomás Ortega', 'March 5, 2024 at 6:12 pm', '2024-03-05T18:12:00+00:00',
  ['I walked the towpath last summer, and the cafe at the second lock is closed now.']),
]

def tree(cs):
    """[(c, [children...])] from depth-ordered list."""
    root = []; stack = [(-1, root)]
    for c in cs:
        while stack[-1][0] >= c[0]:
            stack.pop()
        node = (c, [])
        stack[-1][1].append(node)
        stack.append((c[0], node[1]))
    return root

def page(title, lang, comments_html, site='River Notes', article=None, extra_head='', pre=''):
    art = article or (
        '<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">'
        + title + '</h1><div class="entry-meta">Posted on <time class="entry-date published" '
        'datetime="2024-03-02T09:00:00+00:00">March 2, 2024</time> by <span class="author vcard">'
        '<a class="url fn n" href="/author/ellen/">Ellen Park</a></span></div></header>'
        '<div class="entry-content"><p>The canal was dug between 1790 and 1796, and its eleven locks '
        'lift boats forty metres from the river to the town basin.</p><p>Until the railway came, '
        'coal, grain and timber went this way, drawn by horses along the towpath, and the lock '
        'keepers lived in the small houses that still stand beside each chamber.</p>'
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>'
        '<li class="share-facebook"><a href="https://facebook.example/share">Facebook</a></li>'
        '<li class="share-x"><a href="https://x.example/share">X</a></li></ul></div></div>'
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/history">History'
        '</a></span></footer></article>'
        '<div class="related-posts"><h3>Related</h3><ul><li><a href="/p/1">The aqueduct at Dundas'
        '</a><time datetime="2023-11-02">November 2, 2023</time></li><li><a href="/p/2">Winter on '
        'the basin</a><time datetime="2024-01-10">January 10, 2024</time></li></ul></div>')
    side = ('<aside id="secondary" class="widget-area sidebar"><section id="search-2" class="widget '
            'widget_search"><form role="search" class="search-form" action="/"><input type="search" '
            'name="s"><button>Search</button></form></section><section id="recent-comments-2" '
            'class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2>'
            '<ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">'
            'Anna Berg</span> on <a href="/p/1#comment-7">The aqueduct at Dundas</a></li>'
            '<li class="recentcomments"><span class="comment-author-link">Joe</span> on <a '
            'href="/p/2#comment-9">Winter on the basin</a></li></ul></section><section '
            'class="widget widget_text"><h2 class="widget-title">About</h2><div class="textwidget">'
            '<p>Notes on rivers, canals and the people who worked on them, written since 2009.</p>'
            '</div></section></aside>')
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s | %s</title>'
            '<meta property="og:site_name" content="%s">%s</head><body class="single">'
            '<header id="masthead" class="site-header"><p class="site-title"><a href="/">%s</a></p>'
            '<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about">'
            'About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>'
            '<div id="content" class="site-content"><main id="main" class="site-main">%s%s%s</main>%s'
            '</div><footer class="site-footer"><p>© 2024 %s. Proudly powered by a CMS.</p></footer>'
            '</body></html>\n') % (lang, title, site, site, extra_head, site, pre, art, comments_html,
                                   side, site)

FORM = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        'Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" '
        'class="comment-form"><p class="comment-notes">Your email address will not be published.'
        '</p><p class="comment-form-comment"><label for="comment">Comment</label><textarea '
        'id="comment" name="comment"></textarea></p><p class="comment-form-author"><label '
        'for="author">Name</label><input id="author" name="author"></p><p class="form-submit">'
        '<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>'
        '</form></div>')

def paras(text):
    return ''.join('<p>%s</p>' % html.escape(p, quote=False) for p in text)

def write(name, layout, cs, body, note):
    with open(os.path.join(OUT, name + '.html'), 'w') as f:
        f.write(body)
    with open(os.path.join(OUT, name + '.expect'), 'w') as f:
        f.write('# %s\n' % note)
        f.write('layout\t%s\ncomments\t%d\n' % (layout, len(cs)))
        for c in cs:
            f.write('c\t%d\t%s\t%s\t%s\n' % (c[0], c[1], c[2], ' '.join(c[4])[:40].rstrip()))

GEN = {}
def system(fn):
    GEN[fn.__name__] = fn
    return fn

def nest(nodes, item, children_wrap, depth=1, ids=[100]):
    out = ''
    for c, kids in nodes:
        ids[0] += 1
        inner = nest(kids, item, children_wrap, depth + 1, ids) if kids else ''
        out += item(c, ids[0], depth, children_wrap(inner) if inner else '')
    return out

def reset(): nest.__defaults__[-1][0] = 100

def wp_classes(n, depth):
    return 'comment %s thread-%s depth-%d' % ('even' if n % 2 else 'odd', 'even' if n % 2 else 'odd', depth)

# WordPress's Walker_Comment, html5 (Twenty Twenty-One and most themes since 2014).
@system
def wordpress_html5():
    reset()
    def item(c, n, d, kids):
        return ('<li id="comment-%d" class="%s"><article id="div-comment-%d" class="comment-body">'
                '<footer class="comment-meta"><div class="comment-author vcard"><img alt="" '
                'src="/avatar/%d.png" class="avatar avatar-32 photo" height="32" width="32"> <b '
                'class="fn">%s</b> <span class="says">says:</span></div><div class="comment-metadata">'
                '<a href="/locks/#comment-%d"><time datetime="%s">%s</time></a></div></footer>'
                '<div class="comment-content">%s</div><div class="reply"><a rel="nofollow" '
                'class="comment-reply-link" href="?replytocom=%d#respond" data-commentid="%d" '
                'aria-label="Reply to %s">Reply</a></div></article>%s</li>') % (
            n, wp_classes(n, d), n, n, c[1], n, c[3], c[2], paras(c[4]), n, n, c[1], kids)
    cm = ('<div id="comments" class="comments-area default-max-width show-avatars"><h2 '
          'class="comments-title">4 comments on &ldquo;The locks of the old canal&rdquo;</h2>'
          '<ol class="comment-list">%s</ol>%s</div>') % (
        nest(tree(EN), item, lambda k: '<ol class="children">%s</ol>' % k), FORM)
    write('wordpress-html5-en', 'WordPress comments', EN,
          page('The locks of the old canal', 'en', cm),
          "WordPress's default Walker_Comment, html5 markup (article.comment-body, footer.comment-meta, b.fn, time)")

# Walker_Comment's older markup (themes without html5 support): div-comment-N, says, commentmetadata.
@system
def wordpress_xhtml():
    reset()
    def item(c, n, d, kids):
        return ('<li class="%s" id="comment-%d">\n<div id="div-comment-%d" class="comment-body">\n'
                '<div class="comment-author vcard"><img alt="" src="/avatar/%d.png" class="avatar '
                'avatar-32 photo" height="32" width="32"> <cite class="fn"><a href="https://ex'
                'ample.net/%d" rel="external nofollow ugc" class="url">%s</a></cite> <span '
                'class="says">says:</span></div>\n<div class="comment-meta commentmetadata"><a '
                'href="/locks/#comment-%d">%s</a></div>\n%s\n<div class="reply"><a rel="nofollow" '
                'class="comment-reply-link" href="?replytocom=%d#respond">Reply</a></div>\n</div>\n%s</li>\n') % (
            wp_classes(n, d), n, n, n, n, c[1], n, c[2], paras(c[4]), n, kids)
    cm = ('<div id="comments"><h3 id="comments-title">4 Responses to <em>The locks of the old canal</em>'
          '</h3><ol class="commentlist">%s</ol>%s</div>') % (
        nest(tree(EN), item, lambda k: '<ul class="children">%s</ul>' % k), FORM)
    write('wordpress-xhtml-en', 'WordPress comments', EN,
          page('The locks of the old canal', 'en', cm),
          "WordPress's Walker_Comment without html5 support: div-comment-N, cite.fn, span.says, div.comment-meta.commentmetadata, paragraphs straight in the body")

# The block themes (Twenty Twenty-Two to Twenty Twenty-Five): core/comments with core/comment-template.
@system
def wordpress_blocks():
    reset()
    def item(c, n, d, kids):
        return ('<li id="comment-%d" class="%s">'
                '<div class="wp-block-group has-small-font-size is-layout-constrained">'
                '<div class="wp-block-group is-nowrap is-layout-flex"><div class="wp-block-avatar">'
                '<img alt="%s Avatar" src="/avatar/%d.png" class="avatar avatar-40 photo '
                'wp-block-avatar__image" width="40" height="40"></div><div class="wp-block-group '
                'is-layout-flow"><div class="wp-block-comment-author-name"><a rel="external nofollow '
                'ugc" href="https://example.net/%d" target="_self">%s</a></div><div class="wp-block-'
                'group is-layout-flex"><div class="wp-block-comment-date"><time datetime="%s"><a '
                'href="/locks/#comment-%d">%s</a></time></div><div class="wp-block-comment-edit-link">'
                '</div></div></div></div><div class="wp-block-comment-content">%s</div><div '
                'class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" '
                'href="?replytocom=%d#respond">Reply</a></div></div>%s</li>') % (
            n, wp_classes(n, d), c[1], n, n, c[1], c[3], n, c[2], paras(c[4]), n, kids)
    cm = ('<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-comments-'
          'title">4 responses to &ldquo;The locks of the old canal&rdquo;</h2><ol class="wp-block-'
          'comment-template">%s</ol>%s</div>') % (
        nest(tree(EN), item, lambda k: '<ol>%s</ol>' % k),
        FORM.replace('comment-respond', 'comment-respond wp-block-post-comments-form'))
    art = ('<main class="wp-block-group"><div class="wp-block-group"><h1 class="wp-block-post-title">'
           'The locks of the old canal</h1><div class="wp-block-post-date"><time datetime="2024-03-02T09:00:00+00:00">'
           'March 2, 2024</time></div></div><div class="entry-content wp-block-post-content"><p>The canal was '
           'dug between 1790 and 1796, and its eleven locks lift boats forty metres from the river '
           'to the town basin.</p><p>Until the railway came, coal, grain and timber went this way, '
           'drawn by horses along the towpath, and the lock keepers lived in the small houses that '
           'still stand beside each chamber.</p></div></main>')
    write('wordpress-blocks-en', 'WordPress comments', EN,
          page('The locks of the old canal', 'en', cm, article=art),
          "WordPress block themes (Twenty Twenty-Two to Twenty Twenty-Five): ol.wp-block-comment-template, wp-block-comment-author-name, -date, -content")

# Astra: article.ast-comment in li#li-comment-N, the text in section.ast-comment-content.
@system
def wordpress_astra():
    reset()
    def item(c, n, d, kids):
        return ('<li class="%s" id="li-comment-%d"><article id="comment-%d" class="ast-comment">'
                '<div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" '
                'src="/avatar/%d.png" class="avatar avatar-50 photo" height="50" width="50"></div>'
                '<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header '
                'class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-'
                'comment-cite-wrap ast-col-lg-12"><cite><b class="fn">%s</b> </cite></div><div '
                'class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="/locks/'
                '#comment-%d"><time datetime="%s">%s</time></a></span></div></header></div></div>'
                '</div><section class="ast-comment-content comment">%s<div class="ast-comment-edit-'
                'reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-'
                'link" href="?replytocom=%d#respond">Reply</a></span></div></section></article>%s</li>') % (
            wp_classes(n, d), n, n, n, c[1], n, c[3], c[2], paras(c[4]), n, kids)
    cm = ('<div id="comments" class="comments-area"><div class="comments-count-wrapper"><h3 '
          'class="comments-title">4 thoughts on &ldquo;The locks of the old canal&rdquo;</h3></div>'
          '<ol class="ast-comment-list">%s</ol>%s</div>') % (
        nest(tree(EN), item, lambda k: '<ol class="children">%s</ol>' % k), FORM)
    write('wordpress-astra-en', 'WordPress comments', EN, page('The locks of the old canal', 'en', cm),
          "Astra theme: li#li-comment-N > article#comment-N.ast-comment, cite > b.fn, section.ast-comment-content.comment")

# Divi: article.comment-body in li#li-comment-N, the name in span.fn, the date "on DATE".
@system
def wordpress_divi():
    reset()
    def item(c, n, d, kids):
        return ('<li class="%s" id="li-comment-%d"><article id="comment-%d" class="comment-body '
                'clearfix"><div class="comment_avatar"><img alt="%s" src="/avatar/%d.png" height="80"'
                ' width="80"></div><div class="comment_postinfo"><span class="fn"><a href="https://'
                'example.net/%d" class="url" rel="ugc external nofollow">%s</a></span><span '
                'class="comment_date">on %s</span></div><div class="comment_area"><div '
                'class="comment-content clearfix">%s<span class="reply-container"><a rel="nofollow" '
                'class="comment-reply-link" href="?replytocom=%d#respond">Reply</a></span></div></div>'
                '</article>%s</li>') % (
            wp_classes(n, d), n, n, c[1], n, n, c[1], c[2], paras(c[4]), n, kids)
    cm = ('<section id="comment-wrap"><h1 id="comments" class="page_title">4 Comments</h1><ol '
          'class="commentlist clearfix">%s</ol>%s</section>') % (
        nest(tree(EN), item, lambda k: '<ul class="children">%s</ul>' % k), FORM)
    write('wordpress-divi-en', 'WordPress comments', EN, page('The locks of the old canal', 'en', cm),
          "Divi theme (et_pb_comments / the theme's comments.php): article#comment-N.comment-body, div.comment_postinfo with span.fn and span.comment_date (\"on DATE\")")

# Newspaper (tagDiv): footer with cite and time, the reply link in a div that repeats the id.
@system
def wordpress_newspaper():
    reset()
    def item(c, n, d, kids):
        return ('<li class="%s" id="comment-%d"><article><footer><img alt="" src="/avatar/%d.png" '
                'class="avatar avatar-50 photo" height="50" width="50"><cite><a href="https://'
                'example.net/%d" class="url" rel="ugc external nofollow">%s</a></cite><a '
                'class="comment-link" href="#comment-%d"><time pubdate="1709460900">%s</time></a>'
                '</footer><div class="comment-content">%s</div><div class="comment-meta" id="comment-'
                '%d"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article>'
                '%s</li>') % (wp_classes(n, d), n, n, n, c[1], n, c[2], paras(c[4]), n, kids)
    cm = ('<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1">'
          '<h4 class="block-title"><span>4 COMMENTS</span></h4></div><ol class="comment-list">%s</ol>'
          '%s</div>') % (nest(tree(EN), item, lambda k: '<ol class="children">%s</ol>' % k), FORM)
    write('wordpress-newspaper-en', 'WordPress comments', EN, page('The locks of the old canal', 'en', cm),
          "Newspaper theme (tagDiv): article > footer > cite + time[pubdate], div.comment-content, div.comment-meta#comment-N")

# OceanWP: article.comment-container, span.comment-link for the name, span.comment-date.
@system
def wordpress_oceanwp():
    reset()
    def item(c, n, d, kids):
        return ('<li id="comment-%d" class="%s"><article class="comment-container"><img alt="" src='
                '"/avatar/%d.png" class="avatar avatar-150 photo" height="150" width="150"><div '
                'class="comment-body"><div class="comment-author"><span class="comment-link">%s </span>'
                '<span class="comment-meta commentmetadata"><span class="comment-date">%s</span> '
                '<a rel="nofollow" class="comment-reply-link" href="#">Reply</a></span></div><div '
                'class="clr"></div><div class="comment-content">%s</div></div></article>%s</li>') % (
            n, wp_classes(n, d), n, c[1], c[2], paras(c[4]), kids)
    cm = ('<section id="comments" class="comments-area clr has-comments"><h3 class="theme-heading '
          'comments-title comments-heading"><span class="text">4 Comments</span></h3><ol '
          'class="comment-list">%s</ol>%s</section>') % (
        nest(tree(EN), item, lambda k: '<ol class="children">%s</ol>' % k), FORM)
    write('wordpress-oceanwp-en', 'WordPress comments', EN, page('The locks of the old canal', 'en', cm),
          "OceanWP theme: article.comment-container, span.comment-link (the name), span.comment-date, div.comment-content")

# Blogger's old layouts (Minima and the classic templates): dl#comments-block.
@system
def blogger_classic():
    cs = [(0, c[1], c[2].replace(' at ', ' at ').replace('am', 'AM').replace('pm', 'PM'), c[3], c[4]) for c in EN]
    cs = [cs[0], (0,) + cs[1][1:], (0,) + cs[2][1:], cs[3]]  # the classic list is flat
    out = ''
    for i, c in enumerate(cs):
        n = 7001 + i
        out += ('<dt class="comment-author blogger-comment-icon" id="c%d"><a name="c%d"></a><a href='
                '"https://www.blogger.com/profile/%d" rel="nofollow">%s</a> said...</dt><dd '
                'class="comment-body" id="Blog1_cmt-%d">%s</dd><dd class="comment-footer"><span '
                'class="comment-timestamp"><a href="https://rivernotes.blogspot.com/2024/03/locks.html'
                '?showComment=1709460900000#c%d" title="comment permalink">%s</a><span class="item-'
                'control blog-admin pid-1"><a href="https://www.blogger.com/delete-comment.g?blogID=1'
                '&amp;postID=%d" title="Delete Comment">Delete</a></span></span></dd>') % (
            n, n, n, c[1], n, '<p>' + '<br /><br />'.join(html.escape(p, quote=False) for p in c[4]) + '</p>', n, c[2], n)
    cm = ('<div class="comments" id="comments"><a name="comments"></a><h4>4 comments:</h4><div '
          'id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">'
          '%s</dl></div><p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1'
          '&amp;postID=2">Post a Comment</a></p></div>') % out
    art = ('<div class="post hentry"><a name="2"></a><h3 class="post-title entry-title">The locks of '
           'the old canal</h3><div class="post-header"></div><div class="post-body entry-content">'
           'The canal was dug between 1790 and 1796, and its eleven locks lift boats forty metres '
           'from the river to the town basin.<br /><br />Until the railway came, coal, grain and '
           'timber went this way, drawn by horses along the towpath, and the lock keepers lived in '
           'the small houses that still stand beside each chamber.</div><div class="post-footer">'
           '<span class="post-author vcard">Posted by <span class="fn">Ellen Park</span></span> '
           '<span class="post-timestamp">at <a class="timestamp-link" href="#"><abbr class="published" '
           'title="2024-03-02T09:00:00+00:00">9:00 AM</abbr></a></span></div></div>')
    write('blogger-classic-en', 'Blogger comments', cs,
          page('The locks of the old canal', 'en', cm, article=art, site='River Notes',
               extra_head='<meta content="blogger" name="generator">'),
          "Blogger's classic templates: dl#comments-block, dt.comment-author (\"NAME said...\"), dd.comment-body, dd.comment-footer with the time")

DE = [
 (0, 'Margarete Holz', 'So, 03.03.2024 - 10:15', '2024-03-03T10:15:00+01:00',
  ['Die Bilder der Schleusentore sind wunderbar. Aus welchem Jahr sind sie?']),
 (1, 'Ellen Park', 'So, 03.03.2024 - 11:02', '2024-03-03T11:02:00+01:00',
  ['Danke, Margarete! Die meisten aus dem Frühjahr 1987.', 'Der Rest ein Jahr später.']),
 (2, 'Margarete Holz', 'Mo, 04.03.2024 - 08:40', '2024-03-04T08:40:00+01:00',
  ['Dann ist mein Vater vielleicht auf einem davon, er arbeitete an der zweiten Schleuse.']),
 (0, 'Thomas Ortmann', 'Di, 05.03.2024 - 18:12', '2024-03-05T18:12:00+01:00',
  ['Ich bin letzten Sommer den Treidelpfad gegangen; das Café an der zweiten Schleuse ist zu.']),
]

# Drupal 7, Bartik: div.comment (RDFa), p.commenter-name, p.comment-time, a title per comment, div.indented.
@system
def drupal7_bartik():
    out = ''
    def items(nodes):
        s = ''
        for c, kids in nodes:
            n = 300 + DE.index(c)
            title = c[4][0][:29].rsplit(' ', 1)[0]
            s += ('<a id="comment-%d"></a><div class="comment clearfix comment-by-anonymous" about='
                  '"/comment/%d#comment-%d" typeof="sioc:Post sioct:Comment"><div class="attribution">'
                  '<div class="comment-submitted"><p class="commenter-name"><span rel="sioc:has_creator">'
                  '<span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" '
                  'datatype="">%s</span></span></p><p class="comment-time"><span property="dc:date '
                  'dc:created" content="%s" datatype="xsd:dateTime">%s</span></p><p class="comment-'
                  'permalink"><a href="/comment/%d#comment-%d" class="permalink" rel="bookmark">Permalink'
                  '</a></p></div></div><div class="comment-text"><div class="comment-arrow"></div><h3 '
                  'property="dc:title" datatype=""><a href="/comment/%d#comment-%d" class="permalink" '
                  'rel="bookmark">%s</a></h3><div class="content"><span rel="sioc:reply_of" resource='
                  '"/node/1" class="rdf-meta element-hidden"></span><div class="field field-name-comment-'
                  'body field-type-text-long field-label-hidden"><div class="field-items"><div class='
                  '"field-item even" property="content:encoded">%s</div></div></div></div><ul class='
                  '"links inline"><li class="comment-reply first last"><a href="/comment/reply/1/%d">'
                  'Antworten</a></li></ul></div></div>') % (
                n, n, n, c[1], c[3], c[2], n, n, n, n, title, paras(c[4]), n)
            if kids:
                s += '<div class="indented">%s</div>' % items(kids)
        return s
    cm = ('<div id="comments" class="comment-wrapper"><h2 class="title">Kommentare</h2>%s<h2 '
          'class="title comment-form">Neuen Kommentar schreiben</h2><form class="comment-form" '
          'action="/comment/reply/1" method="post" id="comment-form"><div><div class="form-item '
          'form-type-textfield form-item-name"><label for="edit-name">Ihr Name </label><input '
          'type="text" id="edit-name" name="name" value="Gast"></div><input type="submit" '
          'id="edit-submit" name="op" value="Speichern" class="form-submit"></div></form></div>') % items(tree(DE))
    art = ('<div id="node-1" class="node node-article node-promoted node-full clearfix" about="/node/1" '
           'typeof="sioc:Item foaf:Document"><h1 class="title" id="page-title">Die Schleusen des alten '
           'Kanals</h1><div class="meta submitted"><span property="dc:date dc:created" content="2024-03-'
           '02T09:00:00+01:00">Eingereicht von <span class="username">Ellen Park</span> am Sa, '
           '02.03.2024 - 09:00</span></div><div class="content clearfix"><div class="field field-name-'
           'body"><div class="field-items"><div class="field-item even" property="content:encoded"><p>'
           'Der Kanal wurde zwischen 1790 und 1796 gegraben, und seine elf Schleusen heben die Boote '
           'vierzig Meter vom Fluss bis zum Hafenbecken der Stadt.</p><p>Bis die Eisenbahn kam, gingen '
           'Kohle, Getreide und Holz diesen Weg, von Pferden auf dem Treidelpfad gezogen.</p></div>'
           '</div></div></div><ul class="links inline"><li class="comment-add first last active"><a '
           'href="/node/1#comment-form">Neuen Kommentar schreiben</a></li></ul></div>')
    write('drupal7-bartik-de', 'Drupal comments', DE,
          page('Die Schleusen des alten Kanals', 'de', cm, article=art, site='Flussnotizen',
               extra_head='<meta name="Generator" content="Drupal 7 (http://drupal.org)">'),
          "Drupal 7, Bartik: div.comment (RDFa), p.commenter-name, p.comment-time, a title (h3) per comment, answers in div.indented")

# Drupal 8-10, Olivero: article.comment, footer.comment__meta, p.comment__author, p.comment__time,
# div.comment__content; answers in div.indented.
@system
def drupal10_olivero():
    def items(nodes):
        s = ''
        for c, kids in nodes:
            n = 400 + DE.index(c)
            s += ('<article data-comment-user-id="0" id="comment-%d" class="comment js-comment by-'
                  'anonymous" data-drupal-selector="comment"><span class="hidden" data-comment-'
                  'timestamp="1709460900"></span><div class="comment__picture-wrapper"><div class="comment'
                  '__picture"><img src="/core/themes/olivero/images/placeholder.png" alt="Ellen"></div>'
                  '</div><div class="comment__text-wrapper"><footer class="comment__meta"><p class="'
                  'comment__author"><span>%s</span></p><p class="comment__time">%s</p></footer><div '
                  'class="comment__content"><div class="text-content clearfix field field--name-comment-'
                  'body field--type-text-long field--label-hidden field__item">%s</div></div><ul class='
                  '"links inline comment__links"><li class="comment__links-item"><a href="/comment/reply/'
                  'node/1/comment/%d" class="comment__links-link">Antworten</a></li></ul></div></article>') % (
                n, c[1], c[2], paras(c[4]), n)
            if kids:
                s += '<div class="indented">%s</div>' % items(kids)
        return s
    cm = ('<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">'
          'Kommentare</h2><div class="comments__count">4</div>%s<h2 class="add-comment__heading">'
          'Kommentar hinzufügen</h2><div class="add-comment"><form class="comment-comment-form '
          'comment-form" action="/comment/reply/node/1/comment" method="post"><div class="form-item">'
          '<label>Ihr Name</label><input type="text" name="name"></div><input type="submit" '
          'value="Speichern" class="button"></form></div></section>') % items(tree(DE))
    art = ('<article data-history-node-id="1" class="node node--type-article node--view-mode-full">'
           '<header class="large-accent-bg"><div class="node__meta"><span>Von <span class="field '
           'field--name-uid">Ellen Park</span></span>, <span class="field field--name-created">'
           '2. März 2024</span></div><h1 class="title page-title"><span class="field field--name-title">'
           'Die Schleusen des alten Kanals</span></h1></header><div class="node__content"><div class='
           '"text-content clearfix field field--name-body"><p>Der Kanal wurde zwischen 1790 und 1796 '
           'gegraben, und seine elf Schleusen heben die Boote vierzig Meter vom Fluss bis zum '
           'Hafenbecken der Stadt.</p><p>Bis die Eisenbahn kam, gingen Kohle, Getreide und Holz diesen '
           'Weg, von Pferden auf dem Treidelpfad gezogen.</p></div></div></article>')
    write('drupal10-olivero-de', 'Drupal comments', DE,
          page('Die Schleusen des alten Kanals', 'de', cm, article=art, site='Flussnotizen',
               extra_head='<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'),
          "Drupal 8-10, Olivero: article.comment#comment-N, p.comment__author, p.comment__time, div.comment__content, answers in div.indented")

# Joomla, JComments: div#comment-item-N holding div.comment-box, span.comment-author,
# span.comment-date, div.comment-body; answers in div.comments-list#comments-list-N.
@system
def joomla_jcomments():
    cs = [(c[0], c[1], c[3][:10] + ' ' + c[3][11:16], c[3], c[4]) for c in DE]
    def items(nodes, lvl=0):
        s = ''
        for i, (c, kids) in enumerate(nodes):
            n = 500 + DE.index(c)
            s += ('<div class="%s" id="comment-item-%d"><div class="rbox"><div class="comment-box '
                  'avatar-indent"><img class="comment-avatar" src="/avatar/%d.png" alt=""><span '
                  'class="comments-vote"><span id="comment-vote-holder-%d"><a href="#" class="vote-'
                  'good" title="Gut!"></a><span class="vote-none">0</span></span></span><a class="'
                  'comment-anchor" href="/schleusen#comment-%d" id="comment-%d">#%d</a><span class='
                  '"comment-author">%s</span><span class="comment-date">%s</span><div class="comment-'
                  'body" id="comment-body-%d">%s</div><span class="comments-buttons"><a href="#" '
                  'onclick="jcomments.showReply(%d); return false;">Antworten</a> | <a href="#">'
                  'Zitieren</a></span></div><div class="clear"></div></div></div>') % (
                'even' if i % 2 else 'odd', n, n, n, n, n, n - 499, c[1], cs[DE.index(c)][2], n,
                '<br />'.join(html.escape(p, quote=False) for p in c[4]), n)
            if kids:
                s += '<div id="comments-list-%d" class="comments-list">%s</div>' % (n, items(kids, lvl + 1))
        return s
    cm = ('<div id="jc"><div id="comments"><h4>Kommentare</h4><div class="comments-list" id="comments-'
          'list-0">%s</div><div id="comments-list-footer"><a href="#">Kommentare aktualisieren</a></div>'
          '</div><a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-'
          'form" action="javascript:void(null);"><p><span><input id="comments-form-name" type="text" '
          'name="name" value=""><label for="comments-form-name">Name (Pflichtfeld)</label></span></p>'
          '<p><span><textarea id="comments-form-comment" name="comment"></textarea></span></p><div '
          'id="comments-form-buttons"><div class="btn-left"><div class="btn-right"><a href="#" id='
          '"comments-form-send">Senden</a></div></div></div></form></div>') % items(tree(DE))
    art = ('<div class="item-page"><div class="page-header"><h2 itemprop="headline">Die Schleusen des '
           'alten Kanals</h2></div><dl class="article-info muted"><dd class="createdby">Geschrieben '
           'von <span>Ellen Park</span></dd><dd class="published"><time datetime="2024-03-02T09:00:00'
           '+01:00">02. März 2024</time></dd></dl><div itemprop="articleBody"><p>Der Kanal wurde '
           'zwischen 1790 und 1796 gegraben, und seine elf Schleusen heben die Boote vierzig Meter vom '
           'Fluss bis zum Hafenbecken der Stadt.</p><p>Bis die Eisenbahn kam, gingen Kohle, Getreide '
           'und Holz diesen Weg, von Pferden auf dem Treidelpfad gezogen.</p></div></div>')
    write('joomla-jcomments-de', 'repeated blocks in a comment box', cs,
          page('Die Schleusen des alten Kanals', 'de', cm, article=art, site='Flussnotizen',
               extra_head='<meta name="generator" content="Joomla! - Open Source Content Management">'),
          "Joomla with JComments: div#comment-item-N, span.comment-author, span.comment-date, div.comment-body (lines split by <br>), answers in div.comments-list#comments-list-N")

FORUM = [  # author, shown time, iso, text, quoted post index or None
 ('dieselpunk', 'Sun Mar 03, 2024 10:15 am', '2024-03-03T10:15:00+00:00',
  'I am restoring a wooden dinghy from the fifties. Which glue holds below the waterline?', None),
 ('harbourcat', 'Sun Mar 03, 2024 11:02 am', '2024-03-03T11:02:00+00:00',
  'Epoxy, without question. Thin it for the first coat so it soaks in.', None),
 ('mira_k', 'Sun Mar 03, 2024 1:40 pm', '2024-03-03T13:40:00+00:00',
  'Only if the wood is dry; measure it before you start.', 1),
 ('old_bosun', 'Mon Mar 04, 2024 8:05 am', '2024-03-04T08:05:00+00:00',
  'Resorcinol if you can find it. It was the standard for hulls for decades.', None),
]

def forum_expect(timef, quote_words):
    out = []
    for i, p in enumerate(FORUM[1:], 1):
        words = p[3] if p[4] is None else quote_words(FORUM[p[4]])
        out.append((1 if p[4] not in (None, 0) else 0, p[0], timef(p), p[2], [words]))
    return out

def forum_page(title, body, site='Boatbuilders Forum', head=''):
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s - %s</title>%s'
            '</head><body><div id="wrap"><div class="headerbar"><h1>%s</h1><p>Wooden boats, old and '
            'new</p><ul class="navbar"><li><a href="/">Board index</a></li><li><a href="/search">'
            'Search</a></li><li><a href="/register">Register</a></li><li><a href="/login">Login</a>'
            '</li></ul></div>%s<div class="footer"><p>Powered by forum software. All times are UTC'
            '</p><ul><li><a href="/team">The team</a></li><li><a href="/delete_cookies">Delete '
            'cookies</a></li></ul></div></div></body></html>\n') % (title, site, head, site, body)

# phpBB 3.x, prosilver: div.post#pN, dl.postprofile, p.author with <time>, div.content, blockquote > cite.
@system
def phpbb_prosilver():
    posts = ''
    for i, p in enumerate(FORUM):
        n = 20 + i
        text = html.escape(p[3], quote=False)
        if p[4] is not None:
            q = FORUM[p[4]]
            text = ('<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=%d">%s</a> '
                    'wrote: <a href="./viewtopic.php?p=%d#p%d" data-post-id="%d">↑</a><span class='
                    '"responsive-hide">%s</span></cite>%s</div></blockquote>%s') % (
                p[4] + 2, q[0], 20 + p[4], 20 + p[4], 20 + p[4], q[1], q[3].split('.')[0] + '.', text)
        posts += ('<div id="p%d" class="post has-profile bg%d"><div class="inner"><dl class='
                  '"postprofile" id="profile%d"><dt class="has-profile-rank no-avatar"><div class='
                  '"avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u=%d" '
                  'class="username">%s</a></dt><dd class="profile-rank">Member</dd><dd class="profile-'
                  'posts"><strong>Posts:</strong> <a href="./search.php?author_id=%d&amp;sr=posts">%d'
                  '</a></dd><dd class="profile-joined"><strong>Joined:</strong> Sat Jan 01, 2022 9:00 '
                  'am</dd></dl><div class="postbody"><div id="post_content%d"><h3 %s><a href="#p%d">'
                  '%sGluing a wooden hull</a></h3><ul class="post-buttons"><li><a href="./posting.php?'
                  'mode=quote&amp;p=%d" title="Reply with quote" class="button button-icon-only"><i '
                  'class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li>'
                  '</ul><p class="author"><a class="unread" href="./viewtopic.php?p=%d#p%d" title="Post">'
                  '<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span '
                  'class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href='
                  '"./memberlist.php?mode=viewprofile&amp;u=%d" class="username">%s</a></strong> &raquo; '
                  '</span><time datetime="%s">%s</time></p><div class="content">%s</div></div></div>'
                  '<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-'
                  'circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span>'
                  '</a></div></div></div><hr class="divider" />') % (
            n, 2 - i % 2, n, i + 2, p[0], i + 2, 10 + i, n, 'class="first"' if not i else '', n,
            '' if not i else 'Re: ', n, n, n, i + 2, p[0], p[2], p[1], text)
    body = ('<div id="page-body" class="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=5">'
            'Gluing a wooden hull</a></h2><div class="action-bar bar-top"><a href="./posting.php?mode='
            'reply&amp;t=5" class="button" title="Post a reply"><span>Post Reply</span></a><div class='
            '"pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>%s'
            '<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=5" class='
            '"button"><span>Post Reply</span></a></div><div class="stat-block online-list"><h3>Who is '
            'online</h3><p>Users browsing this forum: No registered users and 1 guest</p></div></div>') % posts
    cs = forum_expect(lambda p: p[1], lambda q: '> %s wrote:' % q[0])
    write('phpbb-prosilver-en', 'phpBB forum thread', cs,
          forum_page('Gluing a wooden hull', body, head='<meta name="generator" content="phpBB">'),
          "phpBB 3.x, prosilver: div.post#pN, dl.postprofile, p.author (\"by NAME » <time>\"), div.content, a quotation as blockquote > div > cite (\"NAME wrote:\"); the first post is the topic")

# MyBB 1.8, its default theme: div.post#post_N, div.post_author, span.post_date, div.post_body.
@system
def mybb():
    posts = ''
    def when(p):
        return '%02d-%02d-%s, %s' % (int(p[2][5:7]), int(p[2][8:10]), p[2][:4],
                                     p[1].split(', ')[1][5:].upper().replace(' AM', ' AM').replace(' PM', ' PM'))
    for i, p in enumerate(FORUM):
        n = 30 + i
        text = html.escape(p[3], quote=False)
        if p[4] is not None:
            q = FORUM[p[4]]
            text = ('<blockquote class="mycode_quote"><cite><span> (%s)</span>%s Wrote: <a href='
                    '"https://forum.example/post-%d.html#pid%d" class="quick_jump"></a></cite>%s'
                    '</blockquote><br />\n%s') % (when(q), q[0], 30 + p[4], 30 + p[4],
                                                  q[3].split('.')[0] + '.', text)
        posts += ('<div class="post classic %s" style="" id="post_%d"><div class="post_author '
                  'scaleimages"><div class="author_avatar"><a href="member.php?action=profile&amp;'
                  'uid=%d"><img src="images/default_avatar.png" alt="" width="55" height="55" /></a>'
                  '</div><div class="author_information"><strong><span class="largetext"><a href="'
                  'https://forum.example/user-%d.html">%s</a></span></strong> <img src="images/buddy_'
                  'offline.png" title="Offline" alt="Offline" class="buddy_status" /><br /><span '
                  'class="smalltext">Junior Member<br /><img src="images/star.png" border="0" alt="*" />'
                  '</span></div><div class="author_statistics"><div class="author_row"><div class='
                  '"author_label">Posts:</div><div class="author_value">%d</div></div><div class='
                  '"author_row"><div class="author_label">Joined:</div><div class="author_value">Jan '
                  '2022</div></div></div></div><div class="post_content"><div class="post_head"><div '
                  'class="float_right" style="vertical-align: top"><strong><a href="https://forum.example'
                  '/thread-5-post-%d.html#pid%d" title="%sGluing a wooden hull">#%d</a></strong></div>'
                  '<span class="post_date">%s <span class="post_edit" id="edited_by_%d"></span></span>'
                  '</div><div class="post_body scaleimages" id="pid_%d">%s</div><div class="post_meta" '
                  'id="post_meta_%d"></div></div><div class="post_controls"><div class="postbit_buttons '
                  'author_buttons float_left"><a href="member.php?action=profile&amp;uid=%d" class='
                  '"postbit_find"><span>Find</span></a></div><div class="postbit_buttons post_management_'
                  'buttons float_right"><a href="newreply.php?tid=5&amp;replyto=%d" title="Quote this '
                  'message in a reply" class="postbit_quote postbit_mirage"><span>Reply</span></a></div>'
                  '</div></div>') % (
            'trow_selected' if not i else '', n, i + 2, i + 2, p[0], 10 + i, n, n,
            '' if not i else 'RE: ', i + 1, when(p), n, n, text, n, i + 2, n)
    body = ('<div id="content"><div class="wrapper"><div class="navigation"><a href="/">Boatbuilders'
            '</a> &rsaquo; <a href="/forum-2.html">Hulls</a> &rsaquo; <span class="active">Gluing a '
            'wooden hull</span></div><table border="0" cellspacing="0" cellpadding="5" class="tborder '
            'tfixed clear"><tr><td class="thead"><div><strong>Gluing a wooden hull</strong></div></td>'
            '</tr></table><div id="posts_container"><div id="posts">%s</div></div><div class="float_'
            'left"><a href="newreply.php?tid=5" class="button new_reply_button"><span>Post Reply</span>'
            '</a></div></div></div>') % posts
    cs = forum_expect(when, lambda q: '> (%s)%s Wrote:' % (when(q), q[0]))
    write('mybb-en', 'MyBB forum thread', cs, forum_page('Gluing a wooden hull', body),
          "MyBB 1.8, default theme: div.post#post_N, div.post_author, span.post_date, div.post_body#pid_N, blockquote.mycode_quote > cite")

# Invision Community 4: article.cPost.ipsComment, aside.ipsComment_author, <time>, data-role="commentContent".
@system
def invision():
    posts = ''
    for i, p in enumerate(FORUM):
        n = 40 + i
        text = '<p>%s</p>' % html.escape(p[3], quote=False)
        if p[4] is not None:
            q = FORUM[p[4]]
            text = ('<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentcommentid="%d" '
                    'data-ipsquote-username="%s"><div class="ipsQuote_citation">%s said:</div><div '
                    'class="ipsQuote_contents ipsClearfix"><p>%s</p></div></blockquote>%s') % (
                40 + p[4], q[0], q[0], q[3].split('.')[0] + '.', text)
        posts += ('<a id="comment-%d"></a><article id="elComment_%d" class="cPost ipsBox '
                  'ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns '
                  'ipsColumns_noSpacing ipsColumns_collapsePhone"><div class="cAuthorPane_mobile '
                  'ipsResponsive_showPhone"><div class="cAuthorPane_content"><h3 class="ipsType_'
                  'sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:'
                  'center"><a href="/profile/%d-%s/" class="ipsType_break">%s</a></h3></div></div><aside '
                  'class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">'
                  '<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break">'
                  '<strong><a href="/profile/%d-%s/" class="ipsType_break">%s</a></strong></h3><ul class='
                  '"cAuthorPane_info ipsList_reset"><li data-role="photo" class="cAuthorPane_photo"><a '
                  'href="/profile/%d-%s/" class="ipsUserPhoto ipsUserPhoto_large"><img src="/av.png" '
                  'alt="%s"></a></li><li data-role="group">Members</li><li class="ipsResponsive_hidePhone">'
                  '%d posts</li></ul></aside><div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div '
                  'id="comment-%d_wrap" data-controller="core.front.core.comment" data-commentid="%d" '
                  'class="ipsComment_content ipsType_medium"><div class="ipsComment_meta ipsType_light '
                  'ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><div class='
                  '"ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><ul class='
                  '"ipsList_reset ipsComment_tools"><li><a href="/topic/5/?do=findComment&amp;comment=%d" '
                  'class="ipsType_blendLinks">Share</a></li></ul></div><div class="ipsType_reset '
                  'ipsResponsive_hidePhone"><span class="ipsType_reset ipsType_medium ipsType_light">'
                  'Posted <a href="/topic/5/?do=findComment&amp;comment=%d" rel="nofollow" class="ipsType_'
                  'blendLinks"><time datetime="%s" title="%s" data-short="2 yr">%s</time></a></span></div>'
                  '</div><div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_'
                  'normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.'
                  'core.lightboxedImages">%s</div></div><div class="ipsItemControls"><ul class="ipsComment_'
                  'controls ipsClearfix ipsItemControls_left"><li><a href="#" data-action="quoteComment" '
                  'class="ipsButton ipsButton_light ipsButton_verySmall">Quote</a></li></ul></div></div>'
                  '</div></article>') % (
            n, n, i + 2, p[0], p[0], i + 2, p[0], p[0], i + 2, p[0], p[0], 10 + i, n, n, n, n, p[2],
            p[2][:10], 'March %d, 2024' % int(p[2][8:10]), text)
    body = ('<main id="ipsLayout_body"><div class="ipsPageHeader ipsClearfix"><h1 class="ipsType_'
            'pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>Gluing '
            'a wooden hull</span></span></h1><div class="ipsPageHeader__meta"><p>By <a href="/profile/'
            '2-dieselpunk/">dieselpunk</a>, <time datetime="2024-03-03T10:15:00Z">March 3, 2024</time>'
            ' in <a href="/forum/2-hulls/">Hulls</a></p></div></div><div id="comments" data-controller='
            '"core.front.core.commentFeed" data-feedid="topic-5" class="cTopic ipsClear ipsSpacer_top">'
            '<div data-role="commentFeed" data-controller="core.front.core.moderation">%s</div></div>'
            '<div class="ipsAreaBackground ipsPad" data-role="replyArea"><form><textarea name="topic_'
            'comment"></textarea><button type="submit" class="ipsButton">Submit Reply</button></form>'
            '</div></main>') % posts
    cs = forum_expect(lambda p: 'March %d, 2024' % int(p[2][8:10]), lambda q: '> %s said:' % q[0])
    write('invision-en', 'Invision Community topic', cs, forum_page('Gluing a wooden hull', body),
          "Invision Community 4: article.cPost.ipsComment#elComment_N, aside.cAuthorPane, time in ipsComment_meta, div[data-role=commentContent], blockquote.ipsQuote with ipsQuote_citation")

RU = [
 (0, 'marina_h', '3 марта 2024 в 10:15', '2024-03-03T10:15:00.000Z',
  ['Отличные фотографии шлюзов. В каком году они сделаны?']),
 (1, 'ellenpark', '3 марта 2024 в 11:02', '2024-03-03T11:02:00.000Z',
  ['Спасибо! Большинство весной 1987 года.', 'Остальные годом позже.']),
 (2, 'marina_h', '4 марта 2024 в 08:40', '2024-03-04T08:40:00.000Z',
  ['Тогда мой отец может быть на одной из них, он работал на втором шлюзе.']),
 (0, 'tomas_o', '5 марта 2024 в 18:12', '2024-03-05T18:12:00.000Z',
  ['Прошлым летом я прошёл по бечевнику, кафе у второго шлюза закрыто.']),
]
RU_ART = ('<article class="tm-article-presenter__content"><div class="tm-article-presenter__header">'
          '<div class="tm-article-snippet"><div class="tm-article-snippet__meta"><span class="tm-user-'
          'info tm-article-snippet__author"><a href="/ru/users/ellenpark/" class="tm-user-info__username">'
          'ellenpark</a><span class="tm-article-datetime-published"><time datetime="2024-03-02T09:00:00.'
          '000Z">2 мар 2024 в 12:00</time></span></span></div><h1 class="tm-title tm-title_h1"><span>Шлюзы '
          'старого канала</span></h1></div></div><div class="tm-article-body"><div id="post-content-body">'
          '<div class="article-formatted-body"><p>Канал прорыли между 1790 и 1796 годами, и его '
          'одиннадцать шлюзов поднимают суда на сорок метров от реки до городской гавани.</p><p>До '
          'появления железной дороги уголь, зерно и лес шли этим путём, баржи тянули лошади по '
          'бечевнику.</p></div></div></div></article>')

# Habr: section.tm-comment-thread > article.tm-comment-thread__comment > div.tm-comment;
# answers in div.tm-comment-thread__children.
@system
def habr():
    def items(nodes):
        s = ''
        for c, kids in nodes:
            n = 26000000 + RU.index(c)
            s += ('<section class="tm-comment-thread"><article class="tm-comment-thread__comment"><a '
                  'name="comment_%d" class="tm-comment-thread__target"></a><div class="tm-comment" '
                  'id="comment_%d"><div class="tm-comment__header"><div class="tm-user-info tm-comment__'
                  'user-info"><a href="/ru/users/%s/" class="tm-user-info__userpic"><div class="tm-entity-'
                  'image"><img alt="" class="tm-entity-image__pic" src="/av.png"></div></a><span class="tm-'
                  'user-info__user"><a href="/ru/users/%s/" class="tm-user-info__username">%s</a></span>'
                  '</div><a href="/ru/articles/1/comments/#comment_%d" class="tm-comment-thread__comment-'
                  'link"><time datetime="%s" title="%s">%s</time></a></div><div class="tm-comment__body">'
                  '<div class="tm-comment__body-content"><div xmlns="http://www.w3.org/1999/xhtml">%s</div>'
                  '</div></div><div class="tm-comment-footer"><button class="tm-comment-footer__button">'
                  'Ответить</button><div class="tm-votes-meter tm-comment-footer__votes-meter"><span '
                  'class="tm-votes-meter__value">+3</span></div></div></div></article>') % (
                n, n, c[1], c[1], c[1], n, c[3], c[3][:10], c[2], paras(c[4]))
            if kids:
                s += '<div class="tm-comment-thread__children">%s</div>' % items(kids)
            s += '</section>'
        return s
    cm = ('<div class="tm-comments-wrapper"><div class="tm-comments"><h2 class="tm-comments__title">'
          'Комментарии 4</h2><div class="tm-comments__tree">%s</div></div><div class="tm-comment-form">'
          '<textarea placeholder="Комментарий"></textarea><button>Отправить</button></div></div>') % items(tree(RU))
    write('habr-ru', 'Habr comments', RU,
          page('Шлюзы старого канала', 'ru', cm, article=RU_ART, site='Хабр'),
          "Habr: section.tm-comment-thread > article.tm-comment-thread__comment > div.tm-comment, a.tm-user-info__username, <time>, div.tm-comment__body-content, answers in div.tm-comment-thread__children")

# DataLife Engine, its default template with tree comments: li.comments-tree-item > div#comment-id-N
# > div.comment, b.name, span.grey (the date), div#comm-id-N (the text).
@system
def dle():
    cs = [(c[0], c[1], c[2].replace(' в ', ', '), c[3], c[4]) for c in RU]
    def items(nodes):
        s = ''
        for c, kids in nodes:
            k = RU.index(c); n = 700 + k
            s += ('<li id="comments-tree-item-%d" class="comments-tree-item" data-id="%d"><div id="'
                  'comment-id-%d"><div class="comment"><div class="com_info"><div class="avatar"><span '
                  'class="cover" style="background-image: url(/templates/Default/dleimages/noavatar.png);"'
                  '>%s</span></div><div class="com_user"><b class="name"><a onclick="ShowProfile(\'%s\', '
                  '\'/user/%s/\', \'0\'); return false;" href="/user/%s/">%s</a></b><span class="grey">'
                  '%s</span></div><div class="meta"><ul class="left"><li class="reply"><a onclick="dle_'
                  'reply(\'%d\', \'0\', \'1\'); return false;" href="#">Ответить</a></li><li class="complaint">'
                  '<a href="#">Жалоба</a></li></ul></div></div><div class="com_content"><div class="text">'
                  '<div id="comm-id-%d">%s</div></div></div></div></div>') % (
                n, n, n, c[1], c[1], c[1], c[1], c[1], cs[k][2], n, n,
                '<br>'.join(html.escape(p, quote=False) for p in c[4]))
            if kids:
                s += '<ol class="comments-tree-list">%s</ol>' % items(kids)
            s += '</li>'
        return s
    cm = ('<div class="block_comments"><h4 class="heading">Комментарии (4)</h4><div id="dle-comments-'
          'list"><div id="dle-ajax-comments"></div><ol class="comments-tree-list">%s</ol></div><form '
          'method="post" name="dle-comments-form" id="dle-comments-form"><div class="addcomment"><ul '
          'class="ui-form"><li class="form-group"><input placeholder="Ваше имя" type="text" name="name" '
          'id="name" class="wide" required></li><li class="form-group"><textarea name="comments" '
          'id="comments"></textarea></li></ul><div class="form_submit"><button class="btn" type="submit" '
          'name="submit">Отправить</button></div></div></form></div>') % items(tree(RU))
    art = ('<article class="box story fullstory"><div class="box_in"><h1 class="title">Шлюзы старого '
           'канала</h1><div class="story_info"><span class="date">2-03-2024, 12:00</span> <span class='
           '"author">ellenpark</span></div><div class="text"><p>Канал прорыли между 1790 и 1796 годами, '
           'и его одиннадцать шлюзов поднимают суда на сорок метров от реки до городской гавани.</p><p>'
           'До появления железной дороги уголь, зерно и лес шли этим путём, баржи тянули лошади по '
           'бечевнику.</p></div></div></article>')
    write('dle-ru', 'DataLife Engine comments', cs,
          page('Шлюзы старого канала', 'ru', cm, article=art, site='Речные заметки',
               extra_head='<meta name="generator" content="DataLife Engine (https://dle-news.ru)">'),
          "DataLife Engine, default template, tree comments: li.comments-tree-item > div#comment-id-N > div.comment, b.name, span.grey (the date), div#comm-id-N, answers in ol.comments-tree-list")

# Discuz! X3, a forum thread: div#post_N > table#pidN.plhin, a.xw1 (the name), em#authorpostonN
# ("发表于 DATE"), td.t_f#postmessage_N; a quotation in div.quote > blockquote.
ZH = [
 ('老船长', '2024-3-3 10:15', '我在修一条五十年代的木船，水线以下用什么胶最好？', None),
 ('港口猫', '2024-3-3 11:02', '当然是环氧树脂，第一遍要稀释，让木头吃透。', None),
 ('米拉', '2024-3-3 13:40', '前提是木头要干，先测一下含水率。', 1),
 ('老水手', '2024-3-4 08:05', '能买到的话用间苯二酚胶，几十年来造船都用它。', None),
]
@system
def discuz():
    posts = ''
    for i, p in enumerate(ZH):
        n = 50 + i
        text = html.escape(p[2], quote=False)
        if p[3] is not None:
            q = ZH[p[3]]
            text = ('<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;'
                    'goto=findpost&amp;pid=%d&amp;ptid=5" target="_blank"><font color="#999999">%s 发表于 '
                    '%s</font></a></font><br />\r\n%s</blockquote></div><br />\r\n%s') % (
                50 + p[3], q[0], q[1], q[2].split('，')[0], text)
        posts += ('<div id="post_%d"><table id="pid%d" class="plhin" summary="pid%d" cellspacing="0" '
                  'cellpadding="0"><tr><td class="pls" rowspan="2"><div id="favatar%d" class="pls '
                  'favatar"><div class="pi"><div class="authi"><a href="space-uid-%d.html" target='
                  '"_blank" class="xw1">%s</a></div></div><div><div class="avatar"><a href="space-uid-'
                  '%d.html" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid=%d"></a>'
                  '</div></div><dl class="pil cl"><dt>积分</dt><dd>%d</dd></dl></div></td><td class="plc">'
                  '<div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=5'
                  '&amp;pid=%d" id="postnum%d"><em>%d</em><sup>#</sup></a></strong><div class="pti"><div '
                  'class="authi"><img class="authicn vm" id="authicon%d" src="static/image/common/online_'
                  'member.gif" /><em id="authorposton%d">发表于 %s</em><span class="pipe">|</span><a '
                  'href="forum.php?mod=viewthread&amp;tid=5&amp;page=1&amp;authorid=%d" rel="nofollow">'
                  '只看该作者</a></div></div></div><div class="pct"><div class="pcb"><div class="t_fsz">'
                  '<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_%d">\r\n%s'
                  '</td></tr></table></div></div></div></td></tr><tr><td class="plc plm"><div class='
                  '"po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;'
                  'action=reply&amp;fid=2&amp;tid=5&amp;repquote=%d">回复</a></em></div></div></td></tr>'
                  '</table></div>') % (
            n, n, n, n, i + 2, p[0], i + 2, i + 2, 100 + i, n, n, i + 1, n, n, p[1], i + 2, n, text, n)
    body = ('<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./">论坛</a> '
            '<em>&rsaquo;</em> <a href="forum-2-1.html">船体</a></div></div><div id="ct" class="wp cl">'
            '<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls '
            'ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1024</span>'
            '<span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">3</span></div>'
            '</td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">木船用什么胶'
            '</span></h1></td></tr></table>%s</div><div id="f_pst" class="pl bm bmw"><form method="post" '
            'id="fastpostform"><textarea name="message" id="fastpostmessage"></textarea><button type='
            '"submit" id="fastpostsubmit">发表回复</button></form></div></div></div>') % posts
    cs = []
    for p in ZH[1:]:
        words = p[2] if p[3] is None else '> %s 发表于 %s' % (ZH[p[3]][0], ZH[p[3]][1])
        cs.append((1 if p[3] else 0, p[0], p[1], '', [words]))
    with_head = forum_page('木船用什么胶', body, site='木船论坛',
                           head='<meta name="generator" content="Discuz! X3.4">').replace('lang="en"', 'lang="zh-CN"')
    write('discuz-zh', 'Discuz! forum thread', cs, with_head,
          "Discuz! X3, a forum thread: div#post_N > table#pidN.plhin, a.xw1 (the name), em#authorpostonN (\"发表于 DATE\"), td.t_f#postmessage_N, a quotation in div.quote > blockquote")

# Isso, rendered into the page: div.isso-comment#isso-N, span.author, <time>, div.text; answers in div.isso-follow-up.
@system
def isso():
    reset()
    def item(c, n, d, kids):
        return ('<div class="isso-comment" id="isso-%d"><div class="avatar"><svg viewBox="0 0 48 48">'
                '</svg></div><div class="text-wrapper"><div class="isso-comment-header" role="meta">'
                '<span class="author">%s</span><span class="spacer">&bull;</span><a class="permalink" '
                'href="#isso-%d"><time title="%s" datetime="%s">%s</time></a><span class="note"></span>'
                '</div><div class="text">%s</div><div class="isso-comment-footer"><span class="votes">0'
                '</span><a class="upvote" href="#"></a><a class="reply" href="#">Reply</a></div><div '
                'class="isso-follow-up">%s</div></div></div>') % (n, c[1], n, c[2], c[3], c[2], paras(c[4]), kids)
    cm = ('<section id="isso-thread" data-title="The locks of the old canal"><h4>4 Comments</h4><div '
          'class="isso-postbox"><div class="form-wrapper"><div class="textarea-wrapper"><div class="'
          'textarea placeholder" contenteditable="true">Type Comment Here (at least 3 chars)</div></div>'
          '<section class="auth-section"><p class="input-wrapper"><input type="text" name="author" '
          'placeholder="Name (optional)"></p><p class="post-action"><input type="submit" value="Submit">'
          '</p></section></div></div><div id="isso-root">%s</div></section>') % nest(tree(EN), item, lambda k: k)
    write('isso-en', 'Isso comments', EN, page('The locks of the old canal', 'en', cm),
          "Isso, rendered into the page by its script: div.isso-comment#isso-N, span.author, <time>, div.text, answers in div.isso-follow-up")

# GeneratePress: article.comment-body (schema.org Comment), cite.fn in div.comment-author, the time in entry-meta.
@system
def wordpress_generatepress():
    reset()
    def item(c, n, d, kids):
        return ('<li id="comment-%d" class="%s"><article class="comment-body" id="div-comment-%d" '
                'itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" '
                'aria-label="Comment meta"><img alt="" src="/avatar/%d.png" class="avatar avatar-50 '
                'photo" height="50" width="50"><div class="comment-author-info"><div class="comment-'
                'author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite '
                'itemprop="name" class="fn">%s</cite></div><div class="entry-meta comment-metadata"><a '
                'href="/locks/#comment-%d"><time datetime="%s" itemprop="datePublished">%s</time></a>'
                '</div></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#">'
                'Reply</a></span></footer><div class="comment-content" itemprop="text">%s</div>'
                '</article>%s</li>') % (n, wp_classes(n, d), n, n, c[1], n, c[3], c[2], paras(c[4]), kids)
    cm = ('<div class="comments-area"><div id="comments"><h3 class="comments-title">4 thoughts on '
          '&ldquo;The locks of the old canal&rdquo;</h3><ol class="comment-list">%s</ol>%s</div></div>') % (
        nest(tree(EN), item, lambda k: '<ol class="children">%s</ol>' % k), FORM)
    write('wordpress-generatepress-en', 'WordPress comments', EN, page('The locks of the old canal', 'en', cm),
          "GeneratePress theme: article.comment-body (schema.org Comment), cite.fn[itemprop=name], time[itemprop=datePublished], div.comment-content[itemprop=text]")

# Genesis: article (schema.org Comment) with header.comment-header, span.comment-author-name, time.comment-time.
@system
def wordpress_genesis():
    reset()
    def item(c, n, d, kids):
        return ('<li class="%s" id="comment-%d"><article id="article-comment-%d" itemprop="comment" '
                'itemscope itemtype="https://schema.org/Comment"><header class="comment-header"><p '
                'class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                '<img alt="" src="/avatar/%d.png" class="avatar avatar-48 photo" height="48" width="48">'
                '<span class="comment-author-name" itemprop="name">%s</span> <span class="says">says'
                '</span></p><p class="comment-meta"><time class="comment-time" datetime="%s" itemprop='
                '"datePublished"><a class="comment-time-link" href="#comment-%d" itemprop="url">%s</a>'
                '</time></p></header><div class="comment-content" itemprop="text">%s</div><div class='
                '"comment-reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div>'
                '</article>%s</li>') % (wp_classes(n, d), n, n, n, c[1], c[3], n, c[2], paras(c[4]), kids)
    cm = ('<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">%s</ol>'
          '</div>%s') % (nest(tree(EN), item, lambda k: '<ul class="children">%s</ul>' % k), FORM)
    write('wordpress-genesis-en', 'WordPress comments', EN, page('The locks of the old canal', 'en', cm),
          "Genesis framework: article[itemprop=comment] > header.comment-header, span.comment-author-name, time.comment-time, div.comment-content")

# wpDiscuz 7: div#wpd-comm-N_P.wpd-comment, div.wpd-comment-author, div.wpd-comment-date (relative),
# div.wpd-comment-text; answers inside the comment they answer.
@system
def wpdiscuz7():
    ago = ['2 years ago', '2 years ago', '1 year ago', '11 months ago']
    cs = [(c[0], c[1], ago[i], c[3], c[4]) for i, c in enumerate(EN)]
    def items(nodes, parent=0, lvl=1):
        s = ''
        for c, kids in nodes:
            k = EN.index(c); n = 101 + k
            s += ('<div id="wpd-comm-%d_%d" class="comment %s depth-%d wpd-comment %swpd_comment_level-%d">'
                  '<div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-avatar"><img alt="" '
                  'src="/avatar/%d.png" class="avatar avatar-64 photo" height="64" width="64"></div><div '
                  'id="comment-%d" class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-'
                  'comment-author ">%s</div><div class="wpd-comment-date" title="%s"><i class="far fa-clock" '
                  'aria-hidden="true"></i> %s</div><div class="wpd-comment-link wpd-hidden"><span class='
                  '"wpd-cm-link" data-wpd-clipboard="/locks/#comment-%d"><i class="fas fa-link"></i></span>'
                  '</div></div><div class="wpd-comment-text">%s</div><div class="wpd-comment-footer"><div '
                  'class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"></div><div class="wpd-vote-'
                  'result" title="0">0</div><div class="wpd-vote-down wpd_not_clicked"></div></div><div '
                  'class="wpd-reply-button"><span>Reply</span></div></div></div></div><div id="wpdiscuz_'
                  'form_anchor-%d_%d"></div>%s</div>') % (
                n, parent, 'even' if n % 2 else 'odd', lvl, 'wpd-reply ' if lvl > 1 else '', lvl, n, n,
                c[1], c[2], ago[k], n, paras(c[4]), n, parent, items(kids, n, lvl + 1))
        return s
    cm = ('<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div '
          'id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div><div id='
          '"wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-open"><div class="wc_'
          'social_plugin_wrapper"></div><div class="wpd-form-wrap"><div class="wpd-form-head"><div '
          'class="wpd-sbs-toggle"><span class="wpd-sbs-title">Subscribe</span></div></div><div class='
          '"wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form class='
          '"wpd_comm_form wpd_main_comm_form" method="post" enctype="multipart/form-data"><textarea name='
          '"wc_comment" placeholder="Join the discussion"></textarea><input class="wc_comm_submit" type='
          '"submit" value="Post Comment"></form></div></div><div id="wpd-threads" class="wpd-thread-'
          'wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info " data-comments-count="4">'
          '<span class="wpdtc" title="4">4</span> Comments</div></div><div class="wpd-comment-info-bar">'
          '</div><div class="wpd-thread-list">%s<div class="wpdiscuz-comment-pagination"></div></div>'
          '</div></div></div>') % items(tree(EN))
    write('wpdiscuz7-en', 'WordPress comments', cs,
          page('The locks of the old canal', 'en', cm,
               pre='<!-- saved date: Thu Mar 06 2025 12:00:00 GMT+0000 (UTC) -->'),
          "wpDiscuz 7: div#wpd-comm-N_P.wpd-comment (depth-N, wpd_comment_level-N), div.wpd-comment-author, div.wpd-comment-date (relative, the date in its title), div.wpd-comment-text; answers inside the comment they answer")

# Vanilla Forums 2-3: the discussion's first post, then li.ItemComment#Comment_N > div.Comment, a.Username,
# time in span.DateCreated, div.Message.userContent; a quotation blockquote.UserQuote with div.QuoteAuthor.
@system
def vanilla():
    def post(p, n, first):
        text = '<p>%s</p>' % html.escape(p[3], quote=False)
        if p[4] is not None:
            q = FORUM[p[4]]
            text = ('<blockquote class="Quote UserQuote"><div class="QuoteAuthor"><a href="/profile/%s" '
                    'class="js-userCard">%s</a> said:</div><div class="QuoteText"><p>%s</p></div>'
                    '</blockquote>%s') % (q[0], q[0], q[3].split('.')[0] + '.', text)
        head = ('<div class="Item-Header %s"><div class="AuthorWrap"><span class="Author"><a title="%s" '
                'href="/profile/%s" class="PhotoWrap"><img src="/uploads/%s.png" alt="%s" class="ProfilePhoto '
                'ProfilePhotoMedium"></a><a href="/profile/%s" class="Username">%s</a></span><span class='
                '"AuthorInfo"><span class="MItem RoleTitle">Member</span></span></div><div class="Meta %s">'
                '<span class="MItem DateCreated"><a href="/discussion/comment/%d/#Comment_%d" class='
                '"Permalink" rel="nofollow"><time title="%s" datetime="%s">%s</time></a></span></div></div>'
                ) % ('DiscussionHeader' if first else 'CommentHeader', p[0], p[0], p[0], p[0], p[0], p[0],
                     'DiscussionMeta' if first else 'CommentMeta CommentInfo', n, n, p[1], p[2],
                     'March %d' % int(p[2][8:10]))
        body = ('<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">%s'
                '</div><div class="Reactions"><span class="ReactButton">Like</span></div></div></div>') % text
        if first:
            return ('<div class="MessageList Discussion"><div class="Item ItemDiscussion" id="Discussion_5">'
                    '<div class="Discussion">%s%s</div></div></div>') % (head, body)
        return ('<li class="Item %sItemComment" id="Comment_%d"><div class="Comment"><div class="Options">'
                '<span class="ToggleFlyout OptionsMenu"><span class="OptionsTitle" title="Options">Options'
                '</span></span></div>%s%s</div></li>') % ('Alt ' if n % 2 else '', n, head, body)
    posts = post(FORUM[0], 60, True) + ('<div class="CommentsWrap"><div class="DataBox DataBox-Comments">'
            '<h2 class="CommentHeading">Comments</h2><ul class="MessageList DataList Comments">%s</ul></div>'
            '</div>') % ''.join(post(p, 60 + i, False) for i, p in enumerate(FORUM) if i)
    body = ('<div id="Frame"><div class="Row"><div class="Column PanelColumn" id="Panel"><div class="Box '
            'BoxCategories"><h4>Categories</h4><ul class="PanelInfo"><li><a href="/categories/hulls">Hulls'
            '</a></li><li><a href="/categories/rigging">Rigging</a></li></ul></div></div><div class="Column '
            'ContentColumn" id="Content"><div class="PageTitle"><h1>Gluing a wooden hull</h1></div>%s<div '
            'class="MessageForm CommentForm FormTitleWrapper"><h2 class="H">Leave a Comment</h2><form '
            'method="post" id="Form_Comment"><textarea name="Body"></textarea><input type="submit" '
            'value="Post Comment" class="Button Primary"></form></div></div></div></div>') % posts
    cs = forum_expect(lambda p: 'March %d' % int(p[2][8:10]), lambda q: '> %s said:' % q[0])
    write('vanilla-en', 'Vanilla discussion', cs,
          forum_page('Gluing a wooden hull', body, site='Boatbuilders Community'),
          "Vanilla Forums: the discussion's post, then li.ItemComment#Comment_N > div.Comment, a.Username, time in span.DateCreated, div.Message.userContent; quotations blockquote.UserQuote > div.QuoteAuthor (\"NAME said:\")")

# NodeBB, its server-rendered topic: li[component=post] (schema.org Comment), a[itemprop=author],
# span.timeago (filled by its script: only the title holds the time), div[component=post/content].
@system
def nodebb():
    posts = ''
    for i, p in enumerate(FORUM):
        n = 70 + i
        posts += ('<li component="post" class="%s" data-index="%d" data-pid="%d" data-uid="%d" '
                  'data-timestamp="1709460900000" data-username="%s" data-userslug="%s" itemscope '
                  'itemtype="http://schema.org/Comment"><a component="post/anchor" data-index="%d" id="%d">'
                  '</a><meta itemprop="datePublished" content="%s"><meta itemprop="dateModified" content="">'
                  '<div class="clearfix post-header"><div class="icon pull-left"><a href="/user/%s"><span '
                  'title="%s" data-uid="%d" class="avatar avatar-sm2x avatar-rounded" component="user/'
                  'picture" style="background-color: #e91e63;">%s</span><i component="user/status" class='
                  '"fa fa-circle status offline" title="Offline"></i></a></div><small class="pull-left">'
                  '<strong><a href="/user/%s" itemprop="author" data-username="%s" data-uid="%d">%s</a>'
                  '</strong> <span class="visible-xs-inline-block"><a class="permalink" href="/post/%d">'
                  '<span class="timeago" title="%s"></span></a></span></small></div><br /><div class='
                  '"content" component="post/content" itemprop="text"><p>%s</p></div><div class="post-'
                  'footer"><div class="clearfix"><small class="pull-right"><span class="post-tools"><a '
                  'component="post/reply" href="#" class="no-select">Reply</a><a component="post/quote" '
                  'href="#" class="no-select">Quote</a></span></small></div></div></li>') % (
            'topic-owner-post' if not i else '', i, n, i + 2, p[0], p[0], i, i + 1, p[2], p[0], p[0],
            i + 2, p[0][0].upper(), p[0], p[0], i + 2, p[0], n, p[2], html.escape(p[3], quote=False))
    body = ('<div class="topic"><div class="topic-header"><h1 component="post/header" class="" '
            'itemprop="name"><span class="topic-title" component="topic/title">Gluing a wooden hull</span>'
            '</h1></div><ul component="topic" class="posts timeline" data-tid="5">%s</ul><div class='
            '"post-bar"><button component="topic/reply" class="btn btn-primary">Reply</button></div></div>') % posts
    cs = [(0, p[0], p[2], p[2], [p[3]]) for p in FORUM[1:]]
    write('nodebb-en', 'NodeBB topic', cs, forum_page('Gluing a wooden hull', body),
          "NodeBB, its topic as the server writes it: li[component=post] (schema.org Comment), a[itemprop=author], the time only in meta[itemprop=datePublished] and the title of an empty span.timeago (read as the time shown), div[itemprop=text]; flat")

# vBulletin 5: li.b-post (schema.org), div.b-userinfo with span[itemprop=name], time[itemprop=dateCreated],
# div.js-post__content-text[itemprop=text]; a quotation in div.bbcode_quote with "Originally Posted by".
@system
def vbulletin5():
    posts = ''
    def when(p):
        return '%02d-%02d-%s, %s' % (int(p[2][5:7]), int(p[2][8:10]), p[2][:4],
                                     p[1].split(', ')[1][5:].upper())
    for i, p in enumerate(FORUM):
        n = 80 + i
        text = html.escape(p[3], quote=False)
        if p[4] is not None:
            q = FORUM[p[4]]
            text = ('<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">'
                    '<div class="bbcode_quote_container b-icon b-icon__ldquo-l--gray"></div><div class='
                    '"bbcode_postedby">Originally Posted by <strong>%s</strong> <a href="/forum/hulls/5#post%d" '
                    'rel="nofollow"><img class="inlineimg" src="/images/buttons/viewpost-right.png" alt="View Post"></a></div><div class="message">%s</div></div></div></div>%s') % (
                q[0], 80 + p[4], q[3].split('.')[0] + '.', text)
        scope = ('itemscope itemtype="https://schema.org/DiscussionForumPosting" itemprop="mainEntity"'
                 if not i else 'itemprop="comment" itemscope itemtype="https://schema.org/Comment"')
        posts += ('<li class="b-post js-post js-comment-entry__parent h-restore--on-preview b-post--text %s'
                  'js-post__%d" data-node-id="%d" %s><div class="b-post__grid"><div class="b-post__arrow">'
                  '</div><div class="b-userinfo b-post__hide-when-deleted" data-user-id="%d" itemprop="author" '
                  'itemscope itemtype="https://schema.org/Person"><div class="b-avatar b-avatar--m"><img src='
                  '"/core/image.php?userid=%d" alt="%s"></div><div class="b-userinfo__details"><div class='
                  '"author h-text-size--14"><strong><a href="/member/%d-%s" data-vbnamecard="%d" itemprop='
                  '"url"><span itemprop="name">%s</span></a></strong></div><div class="b-userinfo__rank">'
                  'Junior Member</div></div><ul class="b-userinfo__additional-info-block"><li class="b-'
                  'userinfo__additional-info"><label>Join Date:</label> <span>Jan 2022</span></li><li class='
                  '"b-userinfo__additional-info"><label>Posts:</label> <span>%d</span></li></ul></div><div '
                  'class="b-post__body"><div class="b-post__content js-post__content"><hr class="b-divider--'
                  'section" /><div class="b-media b-media--chat"><div class="b-media__img--rev"><div class='
                  '"b-post__count"><a href="/forum/hulls/5#post%d">#%d</a></div></div><div class="b-media__'
                  'body"><div class="b-post__timestamp"><time itemprop="dateCreated" datetime="%s">%s</time>'
                  '</div></div></div><div class="b-post__content js-post__content-text restore h-wordwrap" '
                  'itemprop="text">%s</div></div></div><div class="b-post__footer h-hide--on-preview"><ul '
                  'class="h-left js-post-controls"><li><a href="#" class="b-button js-post-control__reply">'
                  'Reply</a></li></ul></div></div></li>') % (
            'b-post--first ' if not i else '', n, n, scope, i + 2, i + 2, p[0], i + 2, p[0], i + 2, p[0],
            10 + i, n, i + 1, p[2], when(p), text)
    body = ('<div class="b-module canvas-widget default-widget conversation-content-widget"><h1 class='
            '"main-title js-main-title hide-on-editmode">Gluing a wooden hull</h1><div class="conversation-'
            'toolbar-wrapper"><a href="#" class="b-button b-button--primary">Reply</a></div><ul class='
            '"conversation-list list-container h-clearfix thread-view">%s</ul></div>') % posts
    cs = forum_expect(when, lambda q: '> Originally Posted by %s' % q[0])
    write('vbulletin5-en', 'vBulletin forum thread', cs,
          forum_page('Gluing a wooden hull', body, head='<meta name="generator" content="vBulletin 5.7.5">'),
          "vBulletin 5: li.b-post (schema.org DiscussionForumPosting, the answers Comment), span[itemprop=name] in div.b-userinfo, time[itemprop=dateCreated], div.js-post__content-text[itemprop=text], div.bbcode_quote with \"Originally Posted by NAME\"")

# Commento, rendered into the page by its script: div.commento-card, div.commento-name,
# div.commento-timeago, div.commento-body; answers in div.commento-children.
@system
def commento():
    ago = ['2 years ago', '2 years ago', '1 year ago', '11 months ago']
    cs = [(c[0], c[1], ago[i], c[3], c[4]) for i, c in enumerate(EN)]
    def items(nodes):
        s = ''
        for c, kids in nodes:
            k = EN.index(c); h = '%08x' % (0x5eed0 + k)
            s += ('<div id="commento-card-%s" class="commento-card" style="border-left: 2px solid #9c27b0;">'
                  '<div id="commento-header-%s" class="commento-header"><div id="commento-options-%s" '
                  'class="commento-options"><button title="Upvote" class="commento-option-button commento-'
                  'option-upvote"></button></div><div class="commento-avatar" style="background: #9c27b0;">'
                  '%s</div><div id="commento-name-%s" class="commento-name">%s</div><div id="commento-'
                  'subtitle-%s" class="commento-subtitle"><div class="commento-timeago" title="%s">%s</div>'
                  '<div id="commento-score-%s" class="commento-score">1 point</div></div></div><div id='
                  '"commento-contents-%s" class="commento-contents"><div id="commento-text-%s" class='
                  '"commento-body">%s</div>%s</div></div>') % (
                h, h, h, c[1][0], h, c[1], h, c[3], ago[k], h, h, h, paras(c[4]),
                ('<div id="commento-children-%s" class="commento-body commento-children">%s</div>' % (h, items(kids)))
                if kids else '')
        return s
    cm = ('<div id="commento"><div id="commento-main-area" class="commento-root commento-root-font">'
          '<div id="commento-textarea-super-container-root"><div class="commento-textarea-container">'
          '<textarea id="commento-textarea-root" placeholder="Add a comment"></textarea></div><div class='
          '"commento-button commento-submit-button">Add Comment</div></div><div class="commento-sort-policy-'
          'buttons-container"><div class="commento-sort-policy-buttons"><a class="commento-sort-policy-'
          'button commento-sort-policy-button-selected">Popular</a><a class="commento-sort-policy-button">'
          'Newest</a></div></div><div id="commento-comments-area" class="commento-comments"><div id="'
          'commento-comments">%s</div></div></div><div class="commento-footer"><div class="commento-logo-'
          'container"><a class="commento-logo-link" href="https://commento.example"><span class="commento-'
          'logo-text">Commento</span></a></div></div></div>') % items(tree(EN))
    write('commento-en', 'Commento comments', cs, page('The locks of the old canal', 'en', cm),
          "Commento, rendered into the page by its script: div.commento-card#commento-card-HEX, div.commento-name, div.commento-timeago, div.commento-body; answers in div.commento-children")

# Drupal 7's own comment.tpl.php (Garland, Stark and themes without their own): div.comment, a title h3,
# div.submitted ("Submitted by NAME on DATE" after a permalink), div.content; answers in div.indented.
@system
def drupal7_core():
    cs = [(c[0], c[1], c[2].replace(' at ', ' - '), c[3], c[4]) for c in EN]
    def items(nodes):
        s = ''
        for c, kids in nodes:
            k = EN.index(c); n = 600 + k
            title = c[4][0][:29].rsplit(' ', 1)[0]
            s += ('<a id="comment-%d"></a><div class="comment comment-by-anonymous clearfix" about='
                  '"/comment/%d#comment-%d" typeof="sioc:Post sioct:Comment"><h3 property="dc:title" '
                  'datatype=""><a href="/comment/%d#comment-%d" class="permalink" rel="bookmark">%s</a>'
                  '</h3><div class="submitted"><a href="/comment/%d#comment-%d" class="permalink" rel='
                  '"bookmark">Permalink</a> Submitted by <span rel="sioc:has_creator"><span class='
                  '"username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">%s'
                  '</span></span> on <span property="dc:date dc:created" content="%s" datatype="xsd:'
                  'dateTime">%s</span></div><div class="content"><span rel="sioc:reply_of" resource='
                  '"/node/1" class="rdf-meta element-hidden"></span><div class="field field-name-comment-'
                  'body field-type-text-long field-label-hidden"><div class="field-items"><div class='
                  '"field-item even" property="content:encoded">%s</div></div></div></div><ul class="links '
                  'inline"><li class="comment-reply first last"><a href="/comment/reply/1/%d">reply</a>'
                  '</li></ul></div>') % (n, n, n, n, n, title, n, n, c[1], c[3], cs[k][2], paras(c[4]), n)
            if kids:
                s += '<div class="indented">%s</div>' % items(kids)
        return s
    cm = ('<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>%s<h2 class='
          '"title comment-form">Add new comment</h2><form class="comment-form" action="/comment/reply/1" '
          'method="post" id="comment-form"><div class="form-item form-type-textfield form-item-name">'
          '<label for="edit-name">Your name </label><input type="text" id="edit-name" name="name"></div>'
          '<input type="submit" id="edit-submit" name="op" value="Save" class="form-submit"></form></div>'
          ) % items(tree(EN))
    art = ('<div id="node-1" class="node node-article node-promoted clearfix" about="/node/1" typeof='
           '"sioc:Item foaf:Document"><h1 class="title" id="page-title">The locks of the old canal</h1>'
           '<div class="submitted"><span property="dc:date dc:created" content="2024-03-02T09:00:00+00:00">'
           'Submitted by <span class="username">Ellen Park</span> on Sat, 03/02/2024 - 09:00</span></div>'
           '<div class="content"><div class="field field-name-body"><div class="field-items"><div class='
           '"field-item even" property="content:encoded"><p>The canal was dug between 1790 and 1796, and '
           'its eleven locks lift boats forty metres from the river to the town basin.</p><p>Until the '
           'railway came, coal, grain and timber went this way, drawn by horses along the towpath.</p>'
           '</div></div></div></div></div>')
    write('drupal7-core-en', 'Drupal comments', cs,
          page('The locks of the old canal', 'en', cm, article=art,
               extra_head='<meta name="Generator" content="Drupal 7 (http://drupal.org)">'),
          "Drupal 7's own comment.tpl.php: div.comment (RDFa), a title h3, div.submitted (a permalink, then \"Submitted by NAME on DATE\"), div.content; answers in div.indented")

# Flarum, the discussion as its server writes it for readers without JavaScript (noscript#flarum-content):
# a div per post with the name in an h3 and the text in div.Post-body; no time; the first post the topic.
@system
def flarum():
    posts = ''.join('<div><h3>%s</h3><div class="Post-body"><p>%s</p></div></div><hr>' % (
        p[0], html.escape(p[3], quote=False)) for p in FORUM)
    body = ('<div id="app" class="App"><div id="app-navigation" class="App-navigation"></div><div '
            'id="drawer" class="App-drawer"><header id="header" class="App-header"><div id="header-'
            'navigation" class="Header-navigation"></div><div class="container"><h1 class="Header-title">'
            '<a href="/" id="home-link">Boatbuilders</a></h1></div></header></div><main class="App-'
            'content"><div id="content"></div><noscript id="flarum-content"><div class="container"><h1>'
            'Gluing a wooden hull</h1><div>%s</div><a href="?page=2">Next Page &raquo;</a></div>'
            '</noscript></main></div>') % posts
    cs = [(0, p[0], '', p[2], [p[3]]) for p in FORUM[1:]]
    write('flarum-en', 'Flarum discussion', cs, forum_page('Gluing a wooden hull', body),
          "Flarum's discussion for readers without JavaScript (noscript#flarum-content): a div per post, the name in an h3, the text in div.Post-body, no time; the first post the topic")

# wpForo (a WordPress forum plugin), its classic theme, layout 1 (extended):
# div.post-wrap#post-N (the first wpfp-first, the topic), div.author-name's
# member link, span.wpf-post-date ('d/m/Y g:i a'), div.wpforo-post-content,
# div.wpforo-post-signature; a quotation as its editor writes it,
# blockquote[data-mention] > div.wpforo-post-quote-author ("Posted by: @NAME").
@system
def wpforo_classic():
    posts = ''
    def when(p):
        h = int(p[2][11:13])
        return '%s/%s/%s %d:%s %s' % (p[2][8:10], p[2][5:7], p[2][:4], (h - 1) % 12 + 1,
                                      p[2][14:16], 'am' if h < 12 else 'pm')
    for i, p in enumerate(FORUM):
        n = 90 + i
        text = '<p>%s</p>' % html.escape(p[3], quote=False)
        if p[4] is not None:
            q = FORUM[p[4]]
            text = ('<blockquote data-userid="%d" data-postid="%d" data-mention="%s"><div class='
                    '"wpforo-post-quote-author"><strong> Posted by: @%s </strong></div><p>%s</p>'
                    '</blockquote>%s') % (p[4] + 2, 90 + p[4], q[0], q[0],
                                          html.escape(q[3], quote=False), text)
        posts += ('<div id="post-%d" data-postid="%d" data-userid="%d" data-mention="%s" data-isowner='
                  '"0" class="post-wrap wpfn-%d%s"><div class="wpforo-post wpfcl-1"><div class='
                  '"wpf-left"><div class="author-avatar"><img alt="%s" src="/avatar/%d.png" class='
                  '"avatar" width="80" height="80"></div><div class="author-data"><div class="author-'
                  'name"><span><i class="fas fa-circle wpfsx wpfcl-0" title="Offline"></i></span>&nbsp;'
                  '<a href="/community/participant/%s/">%s</a></div><div class="wpf-author-nicename">'
                  '@%s</div><div class="author-title">Member</div><div class="author-joined">Joined: '
                  '01/01/2022</div><div class="author-posts">Posts: %d</div></div><div class="wpf-clear">'
                  '</div></div><div class="wpf-right"><div class="wpforo-post-content-top">%s<span '
                  'class="wpf-post-date">%s</span> &nbsp; <span class="wpf-action"><i class="fas fa-link">'
                  '</i> Link</span></div><div class="wpforo-post-content">%s</div><div class="wpforo-post-'
                  'signature">Sailing since 1979</div></div><br class="wpf-clear"><div class="bottom">'
                  '<div class="bright"><span class="wpf-action"><i class="fas fa-reply"></i> Reply</span>'
                  '<span class="wpf-action"><i class="fas fa-quote-left"></i> Quote</span></div><div '
                  'class="wpf-clear"></div></div></div></div>') % (
            n, n, i + 2, p[0], i + 1, ' wpfp-first' if not i else '', p[0], i + 2, p[0], p[0], p[0],
            10 + i, '<span class="wpf-post-starter">Topic starter</span> ' if not i else '', when(p),
            text)
    body = ('<div id="wpforo"><div id="wpforo-wrap" class="wpf-default"><div class="wpforo-main">'
            '<div class="wpforo-content"><h1 id="wpforo-title">Gluing a wooden hull</h1><div class='
            '"wpfl-1"><div class="wpforo-post-head"><div class="wpf-left">&nbsp;<a href="#post-93" '
            'class="wpfcl-2"><span class="wpfcl-3">Last Post</span></a></div><br class="wpf-clear">'
            '</div>%s</div></div></div></div></div>') % posts
    cs = forum_expect(when, lambda q: '> Posted by: @%s' % q[0])
    write('wpforo-classic-en', 'wpForo forum thread', cs, forum_page('Gluing a wooden hull', body),
          "wpForo, classic theme, layout 1: div.post-wrap#post-N (the first the topic), div.author-name's link, span.wpf-post-date, div.wpforo-post-content, a quotation as blockquote[data-mention] > div.wpforo-post-quote-author (\"Posted by: @NAME\")")

# bbPress 2.6 (a WordPress forum plugin), templates/default/bbpress/loop-single-reply.php:
# each post written as div.bbp-reply-header#post-N (span.bbp-reply-post-date,
# the permalink "#N") and, beside it, a box whose classes (bbp_reply_class)
# name it "post-N" and the post's type (the first "type-topic", the others
# "type-reply"), holding div.bbp-reply-author (a.bbp-author-link with the
# avatar and span.bbp-author-name, div.bbp-author-role) and
# div.bbp-reply-content; flat (threaded replies off, the default); the
# topic's summary in li.bbp-topic-description ("This topic has N replies").
@system
def bbpress():
    posts = ''
    def when(p):
        h = int(p[2][11:13])
        months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                  'September', 'October', 'November', 'December']
        return '%s %d, %s at %d:%s %s' % (months[int(p[2][5:7]) - 1], int(p[2][8:10]), p[2][:4],
                                          (h - 1) % 12 + 1, p[2][14:16], 'am' if h < 12 else 'pm')
    for i, p in enumerate(FORUM):
        n = 5100 + i
        posts += ('<div id="post-%d" class="bbp-reply-header"><div class="bbp-meta"><span class='
                  '"bbp-reply-post-date">%s</span><a href="https://boats.example/forums/topic/gluing-'
                  'a-wooden-hull/#post-%d" class="bbp-reply-permalink">#%d</a><span class="bbp-admin-'
                  'links"></span></div></div><div class="loop-item-%d user-id-%d bbp-parent-forum-12 '
                  'bbp-parent-topic-5100 bbp-reply-position-%d %s post-%d %s type-%s status-publish '
                  'hentry"><div class="bbp-reply-author"><a href="https://boats.example/forums/users/%s/" '
                  'title="View %s\'s profile" class="bbp-author-link"><span class="bbp-author-avatar">'
                  '<img alt="" src="/avatar/%d.png" class="avatar avatar-80 photo" height="80" width="80">'
                  '</span><span class="bbp-author-name">%s</span></a><div class="bbp-author-role">'
                  'Participant</div></div><div class="bbp-reply-content"><p>%s</p></div></div>') % (
            n, when(p), n, n, i, i + 2, i + 1, 'even' if i % 2 else 'odd', n,
            'topic' if not i else 'reply', 'topic' if not i else 'reply', p[0], p[0], i + 2, p[0],
            html.escape(p[3], quote=False))
    body = ('<div id="bbpress-forums" class="bbpress-wrapper"><div class="bbp-breadcrumb"><p><a href='
            '"/" class="bbp-breadcrumb-home">Home</a> <span class="bbp-breadcrumb-sep">&rsaquo;</span> '
            '<a href="/forums/" class="bbp-breadcrumb-root">Forums</a> <span class="bbp-breadcrumb-sep">'
            '&rsaquo;</span> <span class="bbp-breadcrumb-current">Gluing a wooden hull</span></p></div>'
            '<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">This topic '
            'has %d replies, %d voices, and was last updated <a href="#post-%d" title="Reply To: '
            'Gluing a wooden hull">2 days ago</a> by <a href="/forums/users/%s/" class="bbp-author-'
            'link"><span class="bbp-author-name">%s</span></a>.</li></ul></div><ul id="topic-5100-'
            'replies" class="forums bbp-replies"><li class="bbp-header"><div class="bbp-reply-author">'
            'Author</div><div class="bbp-reply-content">Posts</div></li><li class="bbp-body">%s</li>'
            '<li class="bbp-footer"><div class="bbp-reply-author">Author</div><div class="bbp-reply-'
            'content">Posts</div></li></ul><div id="no-reply-5100" class="bbp-no-reply"><div class='
            '"bbp-template-notice"><ul><li>You must be logged in to reply to this topic.</li></ul>'
            '</div></div></div>') % (len(FORUM) - 1, len(FORUM), 5100 + len(FORUM) - 1, FORUM[-1][0],
                                      FORUM[-1][0], posts)
    cs = [(0, p[0], when(p), p[2], [p[3]]) for p in FORUM[1:]]
    write('bbpress-en', 'repeated blocks in a comment box', cs,
          forum_page('Gluing a wooden hull', '<h1 class="entry-title">Gluing a wooden hull</h1>' + body,
                     head='<meta name="generator" content="bbPress 2.6.9">'),
          "bbPress 2.6, loop-single-reply.php: div.bbp-reply-header#post-N (span.bbp-reply-post-date), beside it the box of class post-N (type-topic for the first, the topic; type-reply), a.bbp-author-link > span.bbp-author-name, div.bbp-reply-content; flat; li.bbp-topic-description states the count")

# Chinese blog comments for the widgets and blog engines read in China (Typecho, Waline, Twikoo,
# Artalk, Valine): (depth, author, shown time, iso, text). The widgets that keep one level of
# answers (Waline, Twikoo, Valine) put the answer to an answer beside it, its text opening with
# "@NAME" (see zh_flat).
ZHB = [
 (0, '林小舟', '2024-03-03 10:15', '2024-03-03T10:15:00+08:00',
  ['船闸的照片太好了。请问是哪一年拍的？']),
 (1, '河边的猫', '2024-03-03 11:02', '2024-03-03T11:02:00+08:00',
  ['谢谢！大多数是一九八七年春天拍的。', '其余的晚一年。']),
 (2, '林小舟', '2024-03-04 08:40', '2024-03-04T08:40:00+08:00',
  ['那我父亲也许就在其中一张上，他在第二道船闸工作过。']),
 (0, '老周', '2024-03-05 18:12', '2024-03-05T18:12:00+08:00',
  ['去年夏天我沿着纤道走了一趟，第二道船闸旁边的茶馆已经关门了。']),
]
ZH_ART = ('<article class="post"><h1 class="post-title" itemprop="name headline">老运河的船闸</h1>'
          '<ul class="post-meta"><li>作者: <a href="/author/1/">河边的猫</a></li><li>时间: <time '
          'datetime="2024-03-02T09:00:00+08:00" itemprop="datePublished">2024-03-02</time></li><li>'
          '分类: <a href="/category/history/">历史</a></li></ul><div class="post-content" itemprop='
          '"articleBody"><p>这条运河开凿于一七九〇年到一七九六年之间，十一道船闸把船从河面抬升四十米，'
          '一直送到城里的港池。</p><p>铁路通车以前，煤炭、粮食和木材都走这条水路，由马匹沿着纤道拉船，'
          '闸工就住在每道船闸旁边的小屋里，那些小屋至今还在。</p></div></article>')

def zh_flat(cs):
    """The widgets' one level of answers: an answer to an answer is drawn at depth 1, its text
    opening with the answered name."""
    out = []
    for i, c in enumerate(cs):
        if c[0] < 2:
            out.append(c)
            continue
        to = [d for d in cs[:i] if d[0] == c[0] - 1][-1][1]
        out.append((1, c[1], c[2], c[3], ['@%s : %s' % (to, c[4][0])] + c[4][1:]))
    return out

def zh_page(cm, extra_head=''):
    return page('老运河的船闸', 'zh-CN', cm, article=ZH_ART, site='河边笔记', extra_head=extra_head)

def at_paras(c, to_id):
    """A widget's answer to an answer: its first paragraph opens with a link to the answered."""
    if not c[4][0].startswith('@'):
        return paras(c[4])
    name, rest = c[4][0][1:].split(' : ', 1)
    return ('<p><a class="at" href="#%s">@%s</a> : %s</p>' % (to_id, html.escape(name, quote=False),
            html.escape(rest, quote=False))) + paras(c[4][1:])

# Typecho, its default theme: comments.php calls listComments(), whose callback
# (Widget_Comments_Archive) writes li#comment-N.comment-body (schema.org UserComments),
# div.comment-author > cite.fn, div.comment-meta > a > time, div.comment-content, answers in
# div.comment-children > ol.comment-list. The date in the install's default format.
@system
def typecho():
    def when(c):
        d = int(c[3][8:10]); h = int(c[3][11:13]); m = c[3][14:16]
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(d if d < 20 else d % 10, 'th')
        return 'March %d%s, 2024 at %02d:%s %s' % (d, suf, h % 12 or 12, m, 'am' if h < 12 else 'pm')
    cs = [(c[0], c[1], when(c), c[3], c[4]) for c in ZHB]
    def item(c, n, d, kids):
        k = ZHB.index(c)
        return ('<li itemscope itemtype="http://schema.org/UserComments" id="comment-%d" class="comment-'
                'body%s comment-%s"><div class="comment-author" itemprop="creator" itemscope itemtype='
                '"http://schema.org/Person"><span itemprop="image"><img class="avatar" src="/avatar/%d.png" '
                'alt="%s" width="32" height="32"></span><cite class="fn" itemprop="name">%s</cite></div>'
                '<div class="comment-meta"><a href="/archives/12/#comment-%d"><time itemprop="commentTime" '
                'datetime="%s">%s</time></a></div><div class="comment-content" itemprop="commentText">%s'
                '</div><div class="comment-reply"><a href="/archives/12/?replyTo=%d#respond-post-12" rel='
                '"nofollow" onclick="return TypechoComment.reply(\'comment-%d\', %d);">回复</a></div>%s'
                '</li>') % (
            n, ' comment-child comment-level-odd' if d > 1 else ' comment-parent',
            'odd' if n % 2 else 'even', n, c[1], c[1], n, c[3], cs[k][2], paras(c[4]), n, n, n,
            ('<div class="comment-children" itemprop="discusses">%s</div>' % kids) if kids else '')
    reset()
    cm = ('<div id="comments"><h3>已有 4 条评论</h3>%s<div id="respond-post-12" class="respond"><div '
          'class="cancel-comment-reply"><a id="cancel-comment-reply-link" href="#respond-post-12" rel='
          '"nofollow" style="display:none">取消回复</a></div><h3 id="response">添加新评论</h3><form '
          'method="post" action="/archives/12/comment" id="comment-form" role="form"><p><label for='
          '"author" class="required">称呼</label><input type="text" name="author" id="author" class="text" '
          'required></p><p><label for="textarea" class="required">内容</label><textarea rows="8" cols="50" '
          'name="text" id="textarea" class="textarea" required></textarea></p><p><button type="submit" '
          'class="submit">提交评论</button></p></form></div></div>') % nest(
        tree(ZHB), item, lambda k: '<ol class="comment-list">%s</ol>' % k)
    write('typecho-zh', 'schema.org comments', cs,
          zh_page(cm, extra_head='<meta name="generator" content="Typecho 1.2.1">'),
          "Typecho, default theme (comments.php, listComments() of Widget_Comments_Archive): li#comment-N.comment-body (schema.org UserComments), cite.fn, div.comment-meta > a > time, div.comment-content, answers in div.comment-children > ol.comment-list")

# Waline, drawn into the page by its client (CommentCard.vue): div#ID.wl-card-item > div.wl-user
# (avatar) + div.wl-card > div.wl-head (a.wl-nick or span.wl-nick, span.wl-time), div.wl-meta
# (browser, system), div.wl-content; every answer in its thread's div.wl-quote, an answer to an
# answer opening with a link to the answered name.
@system
def waline():
    cs = [(c[0], c[1], c[2][:10], c[3], c[4]) for c in zh_flat(ZHB)]
    def card(c, k, to_id, kids):
        nick = ('<a class="wl-nick" href="https://example.cn/%d" target="_blank" rel="nofollow noopener '
                'noreferrer">%s</a>' % (k, c[1])) if k % 2 else '<span class="wl-nick">%s</span>' % c[1]
        return ('<div id="65e3%04d" class="wl-card-item"><div class="wl-user" aria-hidden="true"><img class='
                '"wl-user-avatar" src="/avatar/%d.png"></div><div class="wl-card"><div class="wl-head">%s'
                '<span class="wl-time">%s</span><div class="wl-comment-actions"><button type="button" class='
                '"wl-like" title="点赞">2</button><button type="button" class="wl-reply" title="回复">'
                '</button></div></div><div class="wl-meta" aria-hidden="true"><span class="wl-browser" '
                'data-value="Chrome 122.0.0.0">Chrome 122.0.0.0</span><span class="wl-os" data-value="Windows '
                '10">Windows 10</span></div><div class="wl-content">%s</div>%s</div></div>') % (
            k, k, nick, c[2], at_paras(c, to_id), ('<div class="wl-quote">%s</div>' % kids) if kids else '')
    s = ''; i = 0
    while i < len(cs):
        j = i + 1
        while j < len(cs) and cs[j][0]:
            j += 1
        kids = ''.join(card(cs[m], m, '65e3%04d' % (m - 1), '') for m in range(i + 1, j))
        s += card(cs[i], i, '', kids)
        i = j
    cm = ('<div id="waline" class="waline-wrapper"><div data-waline><div class="wl-comment"><div class='
          '"wl-panel"><div class="wl-header item3"><div class="wl-header-item"><label for="wl-nick">昵称'
          '</label><input id="wl-nick" class="wl-input wl-nick" name="nick" type="text"></div></div><div '
          'class="wl-editor-wrapper"><textarea id="wl-edit" class="wl-editor" placeholder="欢迎评论"></textarea>'
          '</div><div class="wl-footer"><button type="submit" class="wl-btn primary">提交</button></div></div>'
          '</div><div class="wl-meta-head"><div class="wl-count"><span class="wl-num">4</span> 评论</div><ul '
          'class="wl-sort"><li class="active">按正序</li><li>按倒序</li><li>按热度</li></ul></div><div '
          'class="wl-cards">%s</div><div class="wl-power"> Powered by <a href="https://waline.js.org" target='
          '"_blank" rel="noopener noreferrer"> Waline </a> v3.1.3</div></div></div>') % s
    write('waline-zh', 'repeated blocks in a comment box', cs, zh_page(cm),
          "Waline, drawn by its client (packages/client/src/components/CommentCard.vue): div.wl-card-item > div.wl-card > div.wl-head (.wl-nick, span.wl-time), div.wl-meta, div.wl-content; one level of answers in div.wl-quote, an answer to an answer opening with \"@NAME :\"")

# Twikoo, drawn by its client (TkComment.vue): div.tk-comment#ID > tk-avatar + div.tk-main >
# div.tk-row > div.tk-meta (strong.tk-nick or a.tk-nick > strong, small.tk-time > time), div.tk-content
# (an answer to an answer opens with "回复 @NAME :"), div.tk-extras; answers in div.tk-replies.
@system
def twikoo():
    flat = zh_flat(ZHB)
    cs = []
    for c in flat:
        words = c[4]
        if c[4][0].startswith('@'):
            to, rest = c[4][0].split(' : ', 1)
            words = ['回复 %s :' % to, rest] + c[4][1:]
        cs.append((c[0], c[1], c[2][:10], c[3], words))
    def card(c, k, kids):
        nick = ('<a class="tk-nick tk-nick-link" href="https://example.cn/%d" target="_blank" rel="noopener '
                'noreferrer nofollow ugc"><strong>%s</strong></a>' % (k, c[1])) if k % 2 else \
               '<strong class="tk-nick">%s</strong>' % c[1]
        if c[4][0].startswith('回复 @'):
            body = ('<span>回复 <a class="tk-ruser" href="#tk%04d">%s</a> :</span><span>%s</span>' % (
                k - 1, html.escape(c[4][0][3:-2], quote=False), paras(c[4][1:])))
        else:
            body = '<span>%s</span>' % paras(c[4])
        return ('<div id="tk%04d" class="tk-comment"><div class="tk-avatar"><img class="tk-avatar-img" src='
                '"/avatar/%d.png"></div><div class="tk-main"><div class="tk-row"><div class="tk-meta">%s'
                '<small class="tk-time"><time datetime="%s" title="%s">%s</time></small></div><div class='
                '"tk-action"><a class="tk-action-link" href="#"><span class="tk-action-count">1</span></a>'
                '<a class="tk-action-link" href="#">回复</a></div></div><div class="tk-content">%s</div><div '
                'class="tk-extras"><div class="tk-extra"><span class="tk-extra-text">&nbsp;Chrome 122</span>'
                '</div></div><div class="tk-replies">%s</div></div></div>') % (
            k, k, nick, c[3], c[3].replace('T', ' ')[:19], c[2], body, kids)
    s = ''; i = 0
    while i < len(cs):
        j = i + 1
        while j < len(cs) and cs[j][0]:
            j += 1
        s += card(cs[i], i, ''.join(card(cs[m], m, '') for m in range(i + 1, j)))
        i = j
    cm = ('<div id="tcomment"><div class="twikoo"><div class="tk-admin-warp"></div><div class="tk-submit">'
          '<div class="tk-row"><div class="tk-meta-input"><input name="nick" placeholder="昵称"></div></div>'
          '<textarea class="el-textarea__inner" placeholder="请输入内容"></textarea><button class="tk-send">'
          '发送</button></div><div class="tk-comments"><div class="tk-comments-title"><span class="tk-comments-'
          'count"><span>4</span><span> 条评论</span></span></div><div class="tk-comments-container">%s</div>'
          '</div><div class="tk-footer">Powered by <a href="https://twikoo.js.org" target="_blank">Twikoo</a>'
          '</div></div></div>') % s
    write('twikoo-zh', 'repeated blocks in a comment box', cs, zh_page(cm),
          "Twikoo, drawn by its client (src/client/view/components/TkComment.vue): div.tk-comment > div.tk-main > div.tk-row > div.tk-meta (.tk-nick, small.tk-time > time), div.tk-content, answers in div.tk-replies (one level; an answer to an answer opens with \"回复 @NAME :\")")

# Artalk, drawn by its client: div.atk-comment-wrap > div.atk-comment > div.atk-avatar +
# div.atk-main > div.atk-header (span.atk-nick > a, span.atk-date), div.atk-body > div.atk-content;
# answers nested in div.atk-comment-children (its nested mode, the default).
@system
def artalk():
    cs = [(c[0], c[1], c[2][:10], c[3], c[4]) for c in ZHB]
    def item(c, n, d, kids):
        k = ZHB.index(c)
        return ('<div class="atk-comment-wrap" id="atk-comment-%d" data-comment-id="%d"><div class="atk-comment">'
                '<div class="atk-avatar"><img src="/avatar/%d.png"></div><div class="atk-main"><div class='
                '"atk-header"><span class="atk-item atk-nick"><a href="https://example.cn/%d" target="_blank" '
                'rel="noreferrer noopener nofollow">%s</a></span><span class="atk-badge-wrap"></span><span '
                'class="atk-item atk-date" data-atk-comment-date="%d">%s</span><span class="atk-item atk-ua-'
                'wrap"><span class="atk-ua ua-browser">Chrome 122</span></span></div><div class="atk-body">'
                '<div class="atk-content">%s</div></div><div class="atk-footer"><div class="atk-actions">'
                '<span>赞同 (1)</span><span>回复</span></div></div></div></div>%s</div>') % (
            n, n, n, n, c[1], 1709432100 + k * 3600, cs[k][2], paras(c[4]),
            ('<div class="atk-comment-children">%s</div>' % kids) if kids else '')
    reset()
    cm = ('<div id="Comments" class="artalk atk-dark-mode-off"><div class="atk-main-editor"><div class='
          '"atk-header"><input name="name" class="atk-name" placeholder="昵称"></div><div class="atk-textarea-'
          'wrap"><textarea class="atk-textarea" placeholder="来啊，快活啊 ( ゜- ゜)つロ"></textarea></div><div '
          'class="atk-bottom"><button class="atk-send-btn">发送评论</button></div></div><div class="atk-list">'
          '<div class="atk-list-header"><div class="atk-comment-count"><div class="atk-text"><span class='
          '"atk-comment-count-num">4</span> 条评论</div></div></div><div class="atk-list-body"><div class='
          '"atk-list-comments-wrap">%s</div></div><div class="atk-list-footer"><div class="atk-copyright">'
          'Powered By <a href="https://artalk.js.org" target="_blank">Artalk</a></div></div></div></div>') % nest(
        tree(ZHB), item, lambda k: k)
    write('artalk-zh', 'comment blocks', cs, zh_page(cm),
          "Artalk, drawn by its client: div.atk-comment-wrap > div.atk-comment > div.atk-main > div.atk-header (span.atk-nick > a, span.atk-date), div.atk-body > div.atk-content; answers nested in div.atk-comment-children")

# Valine, drawn by its script: div.vcard#ID > img.vimg + div.vh > div.vhead (a.vnick or span.vnick,
# span.vsys), div.vmeta (span.vtime), div.vcontent; answers in div.vquote (one level).
@system
def valine():
    cs = [(c[0], c[1], c[2][:10], c[3], c[4]) for c in zh_flat(ZHB)]
    def card(c, k, to_id, kids):
        nick = ('<a class="vnick" rel="nofollow" href="https://example.cn/%d" target="_blank">%s</a>' % (k, c[1])) \
            if k % 2 else '<span class="vnick">%s</span>' % c[1]
        return ('<div class="vcard" id="65e4%04d"><img class="vimg" src="/avatar/%d.png"><div class="vh">'
                '<div class="vhead">%s<span class="vsys">Chrome 122.0.0.0</span><span class="vsys">Windows '
                '10</span></div><div class="vmeta"><span class="vtime">%s</span><span class="vat" data-vm-id='
                '"65e4%04d" data-self-id="65e4%04d">回复</span></div><div class="vcontent">%s</div><div '
                'class="vreply-wrapper"></div><div class="vquote">%s</div></div></div>') % (
            k, k, nick, c[2], k, k, at_paras(c, to_id), kids)
    s = ''; i = 0
    while i < len(cs):
        j = i + 1
        while j < len(cs) and cs[j][0]:
            j += 1
        s += card(cs[i], i, '', ''.join(card(cs[m], m, '65e4%04d' % (m - 1), '') for m in range(i + 1, j)))
        i = j
    cm = ('<div id="vcomments" class="v" data-class="v"><div class="vpanel"><div class="vwrap"><div class='
          '"vheader item3"><input name="nick" placeholder="昵称" class="vnick vinput" type="text"></div><div '
          'class="vedit"><textarea id="veditor" class="veditor vinput" placeholder="说点什么吧"></textarea>'
          '</div><div class="vrow"><div class="col col-80 text-right"><button type="button" title="Cmd|Ctrl+'
          'Enter" class="vsubmit vbtn">提交</button></div></div></div></div><div class="vcount" style="display:'
          'block;"><span class="vnum">4</span> 评论</div><div class="vload-top text-center" style="display:none;">'
          '</div><div class="vcards">%s</div><div class="vempty" style="display:none;"></div><div class="vpage '
          'txt-center" style="display:none"></div><div class="vpower txt-right">Powered By <a href="https://'
          'valine.js.org" target="_blank">Valine</a><br>v1.5.1</div></div>') % s
    write('valine-zh', 'repeated blocks in a comment box', cs, zh_page(cm),
          "Valine, drawn by its script: div.vcard > div.vh > div.vhead (.vnick, span.vsys), div.vmeta > span.vtime, div.vcontent; one level of answers in div.vquote, an answer to an answer opening with \"@NAME :\"")

# Serendipity (s9y), its default theme 2k11 (comments.tpl): every comment an article#cN.comment
# with its depth in class commentlevel_N, all siblings in one list (the answers shown by the
# theme's indent only); the h4 "NAME am <time>:", div.comment_content; German, as most s9y blogs.
@system
def serendipity():
    days = {'So': 'Sonntag', 'Mo': 'Montag', 'Di': 'Dienstag'}
    cs = [(c[0], c[1], '%s, %d. März 2024' % (days[c[2][:2]], int(c[2][4:6])), c[3], c[4]) for c in DE]
    arts = ''
    for k, c in enumerate(DE):
        n = 40 + k
        arts += ('<article id="c%d" class="comment%s commentlevel_%d"><h4><a href="https://example.de/%d">%s</a>'
                 ' am <time datetime="%s">%s</time>:</h4><div class="comment_content u-cf"><img class='
                 '"comment_avatar" src="/plugin/gravatar/%d" alt="" width="40" height="40">%s</div><a id='
                 '"serendipity_reply_%d" class="comment_reply" href="#serendipity_CommentForm" onclick='
                 '"document.getElementById(\'serendipity_replyTo\').value=\'%d\';">Antworten</a><div id='
                 '"serendipity_replyform_%d"></div></article>') % (
            n, ' serendipity_comment_author_self' if c[1] == 'Ellen Park' else '', c[0], n, c[1], c[3],
            cs[k][2], n, paras(c[4]), n, n, n)
    cm = ('<section id="comments"><h3>Kommentare</h3><p class="manage_comments">Ansicht der Kommentare: '
          '<a href="?linear">Linear</a> | (Verschachtelt)</p>%s<a id="feedback"></a><div class="serendipity_'
          'commentsform"><h3>Kommentar schreiben</h3><form id="serendipity_comment" action="/comment.php" '
          'method="post"><div class="form_field"><label for="serendipity_commentform_name">Name</label><input '
          'id="serendipity_commentform_name" type="text" name="serendipity[name]"></div><div class="form_tarea">'
          '<label for="serendipity_commentform_comment">Kommentar</label><textarea id="serendipity_comment'
          'form_comment" name="serendipity[comment]" rows="10"></textarea></div><div class="form_button">'
          '<input id="serendipity_submit" type="submit" name="serendipity[submit]" value="Kommentar '
          'abschicken"></div></form></div></section>') % arts
    art = ('<article class="post serendipity_entry"><header><h2><a href="/archives/12-Die-Schleusen.html">Die '
           'Schleusen des alten Kanals</a></h2><p class="post_byline">Geschrieben von <a href="/authors/1">'
           'Ellen Park</a> am <time datetime="2024-03-02T09:00:00+01:00">Samstag, 2. März 2024</time> in '
           '<a href="/categories/2-Geschichte">Geschichte</a></p></header><div class="post_content"><p>Der '
           'Kanal wurde zwischen 1790 und 1796 gegraben; seine elf Schleusen heben die Boote vierzig Meter '
           'vom Fluss bis ins Hafenbecken der Stadt.</p><p>Bis die Eisenbahn kam, gingen Kohle, Getreide und '
           'Holz diesen Weg, von Pferden auf dem Treidelpfad gezogen.</p></div><footer class="post_info">'
           '<a class="post_comments" href="#comments" title="Kommentare">4 Kommentare</a></footer></article>')
    write('serendipity-de', 'comment blocks', cs,
          page('Die Schleusen des alten Kanals', 'de', cm, article=art, site='Flussnotizen',
               extra_head='<meta name="generator" content="Serendipity v.2.4.0">'),
          "Serendipity, theme 2k11 (comments.tpl): article#cN.comment.commentlevel_N, all in one list (depth only in the class), h4 \"NAME am <time>:\", div.comment_content")

FR = [
 (0, 'Marguerite Hollande', 'dimanche 3 mars 2024, 10:15', '2024-03-03T10:15:00+01:00',
  ['Les photos des portes d\u2019écluse sont magnifiques. De quelle année datent-elles ?']),
 (0, 'Ellen Park', 'dimanche 3 mars 2024, 11:02', '2024-03-03T11:02:00+01:00',
  ['Merci, Marguerite ! La plupart du printemps 1987.', 'Les autres d\u2019un an plus tard.']),
 (0, 'Marguerite Hollande', 'lundi 4 mars 2024, 08:40', '2024-03-04T08:40:00+01:00',
  ['Alors mon père est peut-être sur l\u2019une d\u2019elles ; il travaillait à la deuxième écluse.']),
 (0, 'Thomas Ortolan', 'mardi 5 mars 2024, 18:12', '2024-03-05T18:12:00+01:00',
  ['J\u2019ai suivi le chemin de halage l\u2019été dernier ; le café de la deuxième écluse est fermé.']),
]

# Dotclear, its default theme Berlin (post.html): the comments a dl, each a dt#cN ("N. Le DATE,
# TIME par NAME", the number a link to the comment) and a dd with the text; no answers (Dotclear
# keeps comments flat); French, as most Dotclear blogs.
@system
def dotclear():
    items = ''
    for k, c in enumerate(FR):
        n = 300 + k
        cls = '%s%s%s' % ('me ' if c[1] == 'Ellen Park' else '', 'odd' if k % 2 == 0 else '',
                          ' first' if not k else '')
        name = ('<a href="https://example.fr/%d" rel="nofollow">%s</a>' % (n, c[1])) if k % 2 == 0 else c[1]
        items += ('<dt id="c%d" class="%s"><a href="#c%d" class="comment-number">%d.</a> Le %s par %s</dt>'
                  '<dd class="%s"><!-- # --BEHAVIOR-- publicCommentBeforeContent -->%s<!-- # --BEHAVIOR-- '
                  'publicCommentAfterContent --></dd>') % (n, cls, n, k + 1, c[2], name, cls, paras(c[4]))
    cm = ('<div id="comments"><h3>Commentaires</h3><dl>%s</dl></div><form action="/post/2024/03/02/Les-'
          'ecluses#pr" method="post" id="comment-form"><h3>Ajouter un commentaire</h3><fieldset><p class='
          '"field"><label for="c_name">Nom ou pseudo&nbsp;:</label><input name="c_name" id="c_name" type="text" '
          'size="30" maxlength="255"></p><p class="field"><label for="c_content">Commentaire&nbsp;:</label>'
          '<textarea name="c_content" id="c_content" cols="35" rows="7"></textarea></p></fieldset><fieldset>'
          '<p class="buttons"><input type="submit" class="preview" name="preview" value="prévisualiser">'
          '<input type="submit" class="submit" value="envoyer"></p></fieldset></form>') % items
    art = ('<div id="p12" class="post" role="article"><h2 class="post-title">Les écluses du vieux canal</h2>'
           '<p class="post-info">Par <a href="/">Ellen Park</a>, samedi 2 mars 2024, 09:00 - <a href='
           '"/category/Histoire">Histoire</a></p><div class="post-content"><p>Le canal fut creusé entre 1790 '
           'et 1796 ; ses onze écluses élèvent les bateaux de quarante mètres, de la rivière au bassin de '
           'la ville.</p><p>Jusqu\u2019à l\u2019arrivée du chemin de fer, le charbon, le grain et le bois '
           'passaient par là, tirés par des chevaux sur le chemin de halage.</p></div><p class="post-info-co">'
           '<a href="#comments" class="comment_count">4 commentaires</a></p></div>')
    write('dotclear-fr', 'comment blocks', FR,
          page('Les écluses du vieux canal', 'fr', cm, article=art, site='Carnets de rivière',
               extra_head='<meta name="generator" content="Dotclear">'),
          "Dotclear, theme Berlin (post.html): dl of dt#cN (\"N. Le DATE, TIME par NAME\") and dd (the text); flat")

# SMF 2.1, its default theme (Display.template.php, template_single_post): div.windowbg#msgN >
# div.post_wrapper > div.poster (h4 with the member's link, ul.user_info) + div.postarea >
# div.keyinfo (span.page_number "#N", div.postinfo > a.smalltext with the time) + div.post >
# div.inner#msg_N; a quotation blockquote.bbc_standard_quote > cite ("Quote from: NAME on DATE").
@system
def smf21():
    def when(p):
        h = int(p[2][11:13])
        return 'March %s, 2024, %02d:%s:00 %s' % (p[2][8:10], h % 12 or 12, p[2][14:16], 'AM' if h < 12 else 'PM')
    posts = ''
    for i, p in enumerate(FORUM):
        n = 1200 + i
        text = html.escape(p[3], quote=False)
        if p[4] is not None:
            q = FORUM[p[4]]
            text = ('<blockquote class="bbc_standard_quote"><cite><a href="/index.php?topic=77.msg%d#msg%d">'
                    'Quote from: %s on %s</a></cite>%s</blockquote><br>%s') % (
                1200 + p[4], 1200 + p[4], q[0], when(q), q[3].split('.')[0] + '.', text)
        posts += ('<div class="windowbg" id="msg%d"><div class="post_wrapper"><div class="poster"><h4><a href='
                  '"/index.php?action=profile;u=%d" title="View the profile of %s">%s</a></h4><ul class="user_'
                  'info"><li class="postgroup">Jr. Member</li><li class="postcount">Posts: %d</li><li class='
                  '"poster_ip">Logged</li></ul></div><div class="postarea"><div class="keyinfo"><div id="subject_'
                  '%d" class="subject_title subject_hidden"><a href="/index.php?topic=77.msg%d#msg%d" rel='
                  '"nofollow">%sGluing a wooden hull</a></div><span class="page_number floatright">#%d</span>'
                  '<div class="postinfo"><span class="messageicon"><img src="/Themes/default/images/post/xx.png" '
                  'alt=""></span><a href="/index.php?topic=77.msg%d#msg%d" rel="nofollow" title="%sGluing a '
                  'wooden hull" class="smalltext">%s</a><span class="spacer"></span><span class="smalltext '
                  'modified floatright" id="modified_%d"></span></div><div id="msg_%d_quick_mod"></div></div>'
                  '<div class="post"><div class="inner" data-msgid="%d" id="msg_%d">%s</div></div><div class='
                  '"under_message"><ul class="floatleft"></ul></div></div><div class="moderatorbar"></div></div>'
                  '</div>') % (
            n, i + 2, p[0], p[0], 10 + i, n, n, n, 'Re: ' if i else '', i, n, n,
            ('Reply #%d - Re: ' % i) if i else '', when(p), n, n, n, n, text)
    body = ('<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">Gluing '
            'a wooden hull</span></h2><p>Started by dieselpunk, March 03, 2024, 10:15:00 AM</p></div><div '
            'class="pagesection top"><div class="pagelinks floatleft"><a href="#bot" class="button">Go Down</a> '
            '<span class="pages">Pages</span><span class="current_page">1</span></div></div><div id="forumposts">'
            '<form action="/index.php?action=quickmod2;topic=77.0" method="post" name="quickModForm" id="quick'
            'ModForm">%s</form></div><div class="pagesection"><div class="pagelinks floatleft"><a href="#main_'
            'content_section" class="button" id="bot">Go Up</a></div></div>') % posts
    cs = forum_expect(when, lambda q: '> Quote from: %s on %s' % (q[0], when(q)))
    write('smf21-en', 'SMF forum thread', cs,
          forum_page('Gluing a wooden hull', body, head='<meta name="generator" content="SMF">'),
          "SMF 2.1, default theme (Display.template.php): div.windowbg#msgN > div.post_wrapper > div.poster (h4 > a) + div.postarea (div.keyinfo: span.page_number, div.postinfo > a.smalltext, the time; div.post > div.inner#msg_N); a quotation blockquote.bbc_standard_quote > cite (\"Quote from: NAME on DATE\")")

# FluxBB 1.5 (viewtopic.php): div#pN.blockpost (rowodd/roweven, firstpost) > h2 (span.conr "#N" and the
# permalink, the time) + div.box > div.inbox > div.postbody > div.postleft (dl > dt > strong > a, the
# name; dd.usertitle) + div.postright (h3 "Re: TITLE", div.postmsg); a quotation div.quotebox > cite
# ("NAME wrote:") + blockquote.
@system
def fluxbb():
    def when(p):
        return p[2][:10] + ' ' + p[2][11:19]
    posts = ''
    for i, p in enumerate(FORUM):
        n = 900 + i
        text = '<p>%s</p>' % html.escape(p[3], quote=False)
        if p[4] is not None:
            q = FORUM[p[4]]
            text = ('<div class="quotebox"><cite>%s wrote:</cite><blockquote><div><p>%s</p></div></blockquote>'
                    '</div>%s') % (q[0], q[3].split('.')[0] + '.', text)
        posts += ('<div id="p%d" class="blockpost %s%s"><h2><span><span class="conr">#%d</span> <a href='
                  '"viewtopic.php?pid=%d#p%d">%s</a></span></h2><div class="box"><div class="inbox"><div class='
                  '"postbody"><div class="postleft"><dl><dt><strong><a href="profile.php?id=%d">%s</a></strong>'
                  '</dt><dd class="usertitle"><strong>Member</strong></dd><dd class="postavatar"></dd><dd><span>'
                  'Registered: 2022-01-01</span></dd><dd><span>Posts: %d</span></dd></dl></div><div class='
                  '"postright"><h3>%sGluing a wooden hull</h3><div class="postmsg">%s</div></div></div></div>'
                  '<div class="inbox"><div class="postfoot clearb"><div class="postfootleft"><p><span>Offline'
                  '</span></p></div><div class="postfootright"><ul><li class="postreport"><span><a href="misc.'
                  'php?report=%d">Report</a></span></li><li class="postquote"><span><a href="post.php?tid=8&amp;'
                  'qid=%d">Quote</a></span></li></ul></div></div></div></div></div>') % (
            n, 'rowodd' if i % 2 == 0 else 'roweven', ' firstpost blockpost1' if not i else '', i + 1, n, n,
            when(p), i + 2, p[0], 10 + i, 'Re: ' if i else '', text, n, n)
    body = ('<div class="linkst"><div class="inbox crumbsplus"><ul class="crumbs"><li><a href="index.php">'
            'Index</a></li><li><span>»&#160;</span><a href="viewforum.php?id=2">Hulls</a></li><li><span>»'
            '&#160;</span><strong><a href="viewtopic.php?id=8">Gluing a wooden hull</a></strong></li></ul>'
            '<div class="pagepost"><p class="pagelink conl"><span class="pages-label">Pages: </span><strong '
            'class="item1">1</strong></p></div></div></div>%s<div class="postlinksb"><div class="inbox '
            'crumbsplus"><div class="pagepost"><p class="postlink conr"><a href="post.php?tid=8">Post reply'
            '</a></p></div></div></div>') % posts
    cs = forum_expect(when, lambda q: '> %s wrote:' % q[0])
    write('fluxbb-en', 'FluxBB forum thread', cs,
          forum_page('Gluing a wooden hull', '<div id="punviewtopic" class="pun">%s</div>' % body,
                     head='<meta name="generator" content="FluxBB">'),
          "FluxBB 1.5 (viewtopic.php): div#pN.blockpost > h2 (span.conr \"#N\", the permalink with the time) + div.postleft (dt > strong > a) + div.postright (h3, div.postmsg); a quotation div.quotebox > cite (\"NAME wrote:\") + blockquote")

# WoltLab Suite's comments (com.woltlab.wcf/templates/commentList.tpl, WCF 2): ul.commentList >
# li.comment.jsComment[data-comment-id] > div.box32 > a.framed (the avatar) + div > div.commentContent
# > div.containerHeadline > h3 (a.userLink, the name; small " - " and the time as its |time helper
# writes it) + p.userMessage; one level of answers in ul.commentResponseList > li.commentResponse of
# the same inner markup (an answer to an answer is drawn among them). German, as most WoltLab sites.
@system
def woltlab():
    def when(c):
        d = int(c[3][8:10])
        return '%d. März 2024, %s' % (d, c[3][11:16])
    cs = [(min(c[0], 1), c[1], when(c), c[3], c[4]) for c in DE]
    def inner(c, n, resp):
        return ('<div class="box32"><a href="/user/%d-%s/" title="%s" class="framed"><img src="/images/'
                'avatars/%d.png" width="32" height="32" alt="" class="userAvatarImage"></a><div><div class='
                '"commentContent%s"><div class="containerHeadline"><h3><a href="/user/%d-%s/" class="userLink" '
                'data-user-id="%d">%s</a> <small> - <time datetime="%s" class="datetime" data-timestamp="%d" '
                'data-date="%d. März 2024" data-time="%s" data-offset="3600">%s</time></small></h3></div><p '
                'class="userMessage">%s</p><nav class="jsMobileNavigation buttonGroupNavigation"><ul class='
                '"commentOptions"><li class="jsReportCommentComment jsOnly"><a href="#" title="Inhalt melden" '
                'class="jsTooltip"><span class="invisible">Inhalt melden</span></a></li></ul></nav></div>') % (
            n, c[1].split()[0].lower(), c[1], n, ' commentResponseContent' if resp else '', n,
            c[1].split()[0].lower(), n, c[1], c[3], 1709457300 + n, int(c[3][8:10]), c[3][11:16], when(c),
            '<br>'.join(html.escape(x, quote=False) for x in c[4]))
    items = ''; i = 0
    while i < len(DE):
        j = i + 1
        while j < len(DE) and DE[j][0]:
            j += 1
        resp = ''.join('<li class="commentResponse jsCommentResponse" data-response-id="%d" data-object-id='
                       '"%d" data-user-id="%d">%s</div></div></li>' % (600 + m, 600 + m, m + 2, inner(DE[m], m + 2, 1))
                       for m in range(i + 1, j))
        items += ('<li class="comment jsComment" data-comment-id="%d" data-object-type="com.woltlab.wcf.comment" '
                  'data-responses="%d" data-user-id="%d">%s%s</div></div></li>') % (
            500 + i, j - i - 1, i + 2, inner(DE[i], i + 2, 0),
            ('<ul data-responses="%d" class="commentResponseList">%s</ul>' % (j - i - 1, resp)) if resp else '')
        i = j
    cm = ('<section id="comments" class="section sectionContainerList"><header class="sectionHeader"><h2 class='
          '"sectionTitle">Kommentare <span class="badge">4</span></h2></header><ul class="commentList containerList '
          'jsCommentList" data-can-add="true" data-object-id="12" data-object-type-id="3" data-comments="2">'
          '<li class="containerListButtonGroup jsCommentAdd jsOnly"><div class="box32"><div class="commentAdd">'
          '<textarea class="jsCommentAddTextarea" placeholder="Kommentar schreiben …"></textarea></div></div>'
          '</li>%s</ul></section>') % items
    art = ('<article class="articleContent" itemscope itemtype="http://schema.org/Article"><header class='
           '"contentHeader articleContentHeader"><h1 class="contentTitle" itemprop="name headline">Die Schleusen '
           'des alten Kanals</h1><ul class="inlineList contentHeaderMetaData articleMetaData"><li><a href="/user/'
           '1-ellen/" class="userLink">Ellen Park</a></li><li><time datetime="2024-03-02T09:00:00+01:00" class='
           '"datetime">2. März 2024</time></li></ul></header><div class="section articleContent htmlContent" '
           'itemprop="articleBody"><p>Der Kanal wurde zwischen 1790 und 1796 gegraben; seine elf Schleusen heben '
           'die Boote vierzig Meter vom Fluss bis ins Hafenbecken der Stadt.</p><p>Bis die Eisenbahn kam, gingen '
           'Kohle, Getreide und Holz diesen Weg, von Pferden auf dem Treidelpfad gezogen.</p></div></article>')
    write('woltlab-de', 'comment blocks', cs,
          page('Die Schleusen des alten Kanals', 'de', cm, article=art, site='Flussnotizen',
               extra_head='<meta name="generator" content="WoltLab Suite">'),
          "WoltLab Suite comments (commentList.tpl): li.comment.jsComment > div.box32 > div > div.commentContent > div.containerHeadline > h3 (a.userLink, small \" - <time>\") + p.userMessage; one level of answers in ul.commentResponseList > li.commentResponse")

# Z-BlogPHP, its default theme (template/comments.php, template/comment.php): every comment a
# ul.msg#cmtN > li.msgname (avatar, span.commentname > a, then "发布于 TIME" and the reply link in a
# small) + li.msgarticle (the words, lines split by <br/>, then the answers' ul.msg, nested).
@system
def zblogphp():
    cs = [(c[0], c[1], c[3][:10] + ' ' + c[3][11:16] + ':00', c[3], c[4]) for c in ZHB]
    def items(nodes):
        out = ''
        for c, kids in nodes:
            k = ZHB.index(c); n = 30 + k
            out += ('<ul class="msg" id="cmt%d">\n\t<li class="msgname"><img class="avatar" src="/zb_users/avatar/'
                    '0.png" alt="" width="32"/>&nbsp;<span class="commentname"><a href="https://example.cn/%d" '
                    'rel="nofollow" target="_blank">%s</a></span><br/><small>&nbsp;发布于&nbsp;%s&nbsp;&nbsp;<span '
                    'class="revertcomment"><a href="#comment" onclick="zbp.comment.reply(\'%d\')">回复该评论</a>'
                    '</span></small></li>\n\t<li class="msgarticle">%s\n%s\t</li>\n</ul>') % (
                n, n, c[1], cs[k][2], n, '<br/>'.join(html.escape(x, quote=False) for x in c[4]), items(kids))
        return out
    cm = ('<div id="comments"><ul class="msg msghead">\n\t<li class="tbname">评论列表</li>\n</ul>\n<label id='
          '"AjaxCommentBegin"></label>\n%s\n<div class="pagebar commentpagebar"></div>\n<label id="AjaxCommentEnd">'
          '</label>\n<div class="post" id="divCommentPost"><p class="posttop"><a name="comment">发表评论：</a>'
          '</p><form id="frmSumbit" target="_self" method="post" action="/zb_system/cmd.php?act=cmt&amp;postid=12">'
          '<p><input type="text" name="inpName" id="inpName" class="text" size="28" tabindex="1"> <label for='
          '"inpName">名称(*)</label></p><p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" '
          'rows="4" tabindex="5"></textarea></p><p><input name="sumbit" type="submit" tabindex="6" value="提交" '
          'class="button"></p></form></div></div>') % items(tree(ZHB))
    write('zblogphp-zh', 'repeated blocks', cs,
          zh_page(cm, extra_head='<meta name="generator" content="Z-BlogPHP 1.7">'),
          "Z-BlogPHP, default theme (template/comment.php): ul.msg#cmtN > li.msgname (span.commentname > a, small \"发布于 TIME\") + li.msgarticle (the words, then the answers' ul.msg, nested)")

# HashOver Next, drawn by its script: div#hashover-cN.hashover-comment (answers div.hashover-reply
# inside their parent's, numbered cN_M), holding its theme's themes/default/comments.html: div.hashover-
# header (the name in span.hashover-name-plain or a.hashover-name-website; an answer's "In reply to
# NAME"), div.hashover-balloon > div.hashover-content (the words) + div.hashover-footer (span.hashover-
# date with the permalink, the buttons).
@system
def hashover():
    def items(nodes, pre):
        out = ''
        for i, (c, kids) in enumerate(nodes, 1):
            k = EN.index(c); pid = '%s%d' % (pre, i)
            name = ('<a href="https://example.net/%d" rel="noopener noreferrer" target="_blank" class="hashover-'
                    'name-website">%s</a>' % (k, c[1])) if k % 2 else '<span class="hashover-name-plain">%s</span>' % c[1]
            parent = ''
            if '_' in pid:
                up = pid.rsplit('_', 1)[0]
                who = [d for d in EN[:k] if d[0] == c[0] - 1][-1][1]
                parent = ('<span class="hashover-thread-link"><a href="#hashover-%s" class="hashover-parent-link">In '
                          'reply to %s</a></span>' % (up, who))
            out += ('<div id="hashover-%s" class="hashover-comment%s"><div class="hashover-header"><div class='
                    '"hashover-avatar"><div style="background-image: url(\'/hashover/images/avatar.png\');"></div>'
                    '</div><span class="hashover-name">%s</span>%s</div><div class="hashover-balloon"><div id='
                    '"hashover-content-%s" class="hashover-content">%s</div><div class="hashover-footer"><span '
                    'class="hashover-date"><a href="#hashover-%s" class="hashover-date-permalink" title="Permalink">'
                    '%s</a></span><span class="hashover-buttons"><a href="#" class="hashover-like" title="Like">'
                    'Like</a> <a href="#" class="hashover-reply-link" title="Reply to this comment">Reply</a></span>'
                    '</div></div><span id="hashover-placeholder-reply-form-%s"></span>%s</div>') % (
                pid, ' hashover-reply' if '_' in pid else '', name, parent, pid, paras(c[4]), pid, c[2], pid,
                items(kids, pid + '_'))
        return out
    cm = ('<div id="hashover"><span class="hashover-count-sort"><span class="hashover-count">4 Comments</span>'
          '</span><div id="hashover-form-section"><form id="hashover-form" class="hashover-balloon" name="hashover-'
          'form" action="/hashover/backend/form-actions.php" method="post"><div class="hashover-inputs"><input '
          'id="hashover-main-name" type="text" name="name" placeholder="Name"></div><textarea id="hashover-main-'
          'comment" name="comment" placeholder="Type comment here..."></textarea><input class="hashover-submit '
          'hashover-post-button" type="submit" name="post" value="Post Comment"></form></div><div id="hashover-'
          'comments-section"><div id="hashover-sort-section">%s</div></div><div id="hashover-end-links"><a href='
          '"https://www.barkdull.org/software/hashover" target="_blank">HashOver</a></div></div>') % items(tree(EN), 'c')
    write('hashover-en', 'repeated blocks in a comment box', EN, page('The locks of the old canal', 'en', cm),
          "HashOver Next, drawn by its script: div#hashover-cN.hashover-comment (answers div.hashover-reply nested, cN_M), div.hashover-header (span.hashover-name-plain or a.hashover-name-website; \"In reply to NAME\"), div.hashover-content, span.hashover-date > a.hashover-date-permalink; after themes/default/comments.html")

if __name__ == '__main__':
    import sys
    for name in (sys.argv[1:] or GEN):
        GEN[name]()
