package org.citizenhub.sites.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents a {@link SiteSelection} controller parameter as what a client sends: the query parameters {@code site}
 * and {@code includeChildren} (springdoc would otherwise describe the record's fields as an object parameter).
 */
public class SiteSelectionOpenApi implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        boolean selects = java.util.Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(p -> SiteSelection.class.equals(p.getParameterType()));
        if (!selects) {
            return operation;
        }
        operation.addParametersItem(new Parameter().in("query").name(SiteSelection.SITE_PARAMETER).required(false)
                .description("站点代码，如 DONGCHENG；缺省时按访问的主机名，再缺省为唯一的根站点 / the site's code, e.g. "
                        + "DONGCHENG; by default the site of the host name, else the only root site")
                .schema(new StringSchema().maxLength(38).example("DONGCHENG")));
        operation.addParametersItem(new Parameter().in("query").name(SiteSelection.INCLUDE_CHILDREN_PARAMETER)
                .required(false)
                .description("是否包含下级站点的内容（缺省按站点设置）/ whether the child sites' content is included "
                        + "(default: the site's setting)")
                .schema(new BooleanSchema()));
        return operation;
    }
}
