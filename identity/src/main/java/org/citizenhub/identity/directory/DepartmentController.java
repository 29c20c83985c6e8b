package org.citizenhub.identity.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public directory: the tree of active departments and one department, named in the reader's language. */
@RestController
@RequestMapping("/departments")
class DepartmentController {

    record DepartmentNode(String code, String name, DepartmentKind kind, String contactPhone,
                          List<DepartmentNode> children) {
    }

    record DepartmentView(String code, String name, String nameZh, String nameEn, DepartmentKind kind,
                          String parent, String contactPhone, List<Summary> children) {
    }

    record Summary(String code, String name, DepartmentKind kind) {
    }

    private final DepartmentDirectory directory;

    DepartmentController(DepartmentDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<DepartmentNode> tree(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        var locale = Languages.preferred(language);
        var active = directory.all().stream().filter(Department::active).toList();
        var childrenOf = new LinkedHashMap<DepartmentCode, List<Department>>();
        var roots = new ArrayList<Department>();
        var activeCodes = active.stream().map(Department::code).toList();
        for (var d : active) {
            if (d.parent() == null || !activeCodes.contains(d.parent())) {
                roots.add(d);
            } else {
                childrenOf.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d);
            }
        }
        return roots.stream().sorted(ORDER).map(d -> node(d, childrenOf, locale)).toList();
    }

    @GetMapping("/{code}")
    DepartmentView department(@PathVariable String code,
                              @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        var locale = Languages.preferred(language);
        var department = directory.activeDepartment(code)
                .orElseThrow(() -> new HubProblem(IdentityProblem.DEPARTMENT_NOT_FOUND, code));
        var children = directory.all().stream()
                .filter(Department::active)
                .filter(d -> department.code().equals(d.parent()))
                .sorted(ORDER)
                .map(d -> new Summary(d.code().value(), d.name(locale), d.kind()))
                .toList();
        return new DepartmentView(department.code().value(), department.name(locale), department.nameZh(),
                department.nameEn(), department.kind(),
                department.parent() == null ? null : department.parent().value(), department.contactPhone(),
                children);
    }

    static final Comparator<Department> ORDER =
            Comparator.comparingInt(Department::sortOrder).thenComparing(d -> d.code().value());

    private static DepartmentNode node(Department d, Map<DepartmentCode, List<Department>> childrenOf,
                                       Locale locale) {
        var children = childrenOf.getOrDefault(d.code(), List.of()).stream().sorted(ORDER)
                .map(c -> node(c, childrenOf, locale)).toList();
        return new DepartmentNode(d.code().value(), d.name(locale), d.kind(), d.contactPhone(), children);
    }
}
