package org.citizenhub.consultation.open311;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.HubRoles;
import org.citizenhub.sites.web.SiteSelection;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}, JSON only. Public for reading; POST needs a citizen's Keycloak
 * bearer token where the spec has {@code api_key}. Errors are the spec's {@code [{code, description}]}
 * ({@link Open311ErrorHandler}), including for paths under {@code /open311/v2/} that do not exist and for
 * {@code .xml}.
 */
@RestController
@RequestMapping(path = Open311Controller.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class Open311Controller {

    static final String BASE = "/open311/v2";

    private final GeoReport geoReport;

    Open311Controller(GeoReport geoReport) {
        this.geoReport = geoReport;
    }

    @GetMapping("/services.json")
    List<Open311Views.ServiceView> services(Locale locale) {
        return geoReport.services(locale);
    }

    @GetMapping("/services/{code}.json")
    Open311Views.ServiceDefinition definition(@PathVariable String code, Locale locale) {
        return geoReport.definition(code, locale);
    }

    @GetMapping("/requests.json")
    List<Open311Views.RequestView> requests(@RequestParam MultiValueMap<String, String> params, SiteSelection site,
                                            Locale locale) {
        return geoReport.requests(params, site, locale);
    }

    @GetMapping("/requests/{id}.json")
    List<Open311Views.RequestView> request(@PathVariable String id, SiteSelection site, Locale locale) {
        return List.of(geoReport.request(id, caller(), site, locale));
    }

    /** Form-encoded, as the spec has it; a request without a bearer token is answered 401 in the spec's format. */
    @PostMapping("/requests.json")
    ResponseEntity<List<Open311Views.Created>> submit(
            HttpServletRequest request, @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey, SiteSelection site,
            Locale locale) {
        var user = caller().orElseThrow(() -> new Open311Error(401, GeoReport.text(locale,
                "须携带 Keycloak 访问令牌（Authorization: Bearer ...），本接口不使用 api_key",
                "a Keycloak access token is required (Authorization: Bearer ...); api_key is not used")));
        if (!user.hasRole(HubRoles.CITIZEN)) {
            throw new Open311Error(403, GeoReport.text(locale, "只有公众用户可以提交诉求",
                    "only citizens submit requests"));
        }
        if (request.getContentType() == null
                || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(
                        request.getContentType()))) {
            throw new Open311Error(400, GeoReport.text(locale, "请求体须为 application/x-www-form-urlencoded",
                    "the body must be application/x-www-form-urlencoded"));
        }
        var created = geoReport.submit(user, form, idempotencyKey, site, locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(List.of(created));
    }

    /** Anything else under /open311/v2/: XML is not offered (400), other paths do not exist (404). */
    @RequestMapping("/**")
    ResponseEntity<Void> other(HttpServletRequest request, Locale locale) {
        if (request.getRequestURI().endsWith(".xml")) {
            throw new Open311Error(400, GeoReport.text(locale, "仅支持 JSON 格式：请使用 .json",
                    "only the JSON format is offered: use .json"));
        }
        throw new Open311Error(404, GeoReport.text(locale, "不存在的 Open311 资源", "no such Open311 resource"));
    }

    private static Optional<CurrentUser> caller() {
        return CurrentUser.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
