package templates

import (
	"github.com/a-h/templ"

	"signaal/internal/content"
)

// layoutBodies maps each layout to what a page in it shows between its title
// and its help lines and sources: the one place a layout becomes HTML.
// TestEveryLayoutHasABody holds it complete against content.Layouts.
var layoutBodies = map[content.Layout]func(View) templ.Component{
	content.LayoutArticle:   prose,
	content.LayoutHome:      home,
	content.LayoutSection:   sectionBody,
	content.LayoutHelplines: helplinesBody,
	content.LayoutSigns:     signsBody,
	content.LayoutAbout:     aboutBody,
	content.LayoutSources:   sourcesBody,
	content.LayoutTeachers:  teachersBody,
}

// layoutBody is the page's body in its layout. content.Load refuses an
// unknown layout, so the fallback to plain prose is never taken by a loaded
// site; it keeps a hand-made View from rendering nothing.
func layoutBody(v View) templ.Component {
	if body, ok := layoutBodies[v.Page.Layout]; ok {
		return body(v)
	}
	return prose(v)
}
