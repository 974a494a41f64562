package dev.geul.web.seo;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Hands the first HTML response of every page to {@link PageHead} before it leaves. */
@Component
class SeoServiceInitListener implements VaadinServiceInitListener {

    private final PageHead pageHead;

    SeoServiceInitListener(PageHead pageHead) {
        this.pageHead = pageHead;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(pageHead);
    }
}
